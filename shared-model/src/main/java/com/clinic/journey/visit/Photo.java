package com.clinic.journey.visit;

import com.clinic.platform.StaffRef;
import java.time.Instant;

/** A pre-op photo (C-08) in the files bucket. */
public record Photo(String key, String contentType, long size, StaffRef by, Instant at) {
}
