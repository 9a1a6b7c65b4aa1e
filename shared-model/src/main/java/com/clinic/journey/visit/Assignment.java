package com.clinic.journey.visit;

import com.clinic.platform.StaffRef;
import java.time.Instant;

/** One entry of a driver's or consultant's history: who, by whom, when, and why when it was a change. */
public record Assignment(StaffRef staff, StaffRef assignedBy, Instant assignedAt, String reason) {
}
