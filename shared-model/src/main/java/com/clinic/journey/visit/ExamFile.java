package com.clinic.journey.visit;

import java.time.Instant;

/** An exam result the instruments uploaded (C-09), attached to the visit by its code. */
public record ExamFile(String key, long size, Instant at) {
}
