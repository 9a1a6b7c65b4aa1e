package com.clinic.platform.timer;

/** What a fired timer tells its function: the kind, the subject and which occurrence (the typed payload). */
public record TimerFired(TimerKind kind, String subjectId, int occurrence) {
}
