package com.clinic.program.course;

import com.clinic.platform.StaffRef;
import java.time.Instant;

/** The plan stopped: why, by whom, when. */
public record Stop(String reason, StaffRef by, Instant at) {
}
