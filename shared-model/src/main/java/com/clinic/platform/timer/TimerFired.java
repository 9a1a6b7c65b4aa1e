package com.clinic.platform.timer;

import java.time.Instant;

/**
 * What a fired timer tells its function: the kind, the subject, which occurrence, and when it was scheduled to
 * fire. A handler acts on {@code scheduledAt}, never on the clock, so a delivery retried hours later does what the
 * timer was for, on its own day.
 */
public record TimerFired(TimerKind kind, String subjectId, int occurrence, Instant scheduledAt) {
}
