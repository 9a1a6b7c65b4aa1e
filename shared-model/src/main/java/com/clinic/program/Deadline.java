package com.clinic.program;

import java.time.Instant;

/**
 * A step's 时限, stored with the program: opened at {@code openedAt} by the change that started the step, due at
 * {@code dueAt}, done at {@code doneAt} (null while owed), and whether its passing was reported (once). {@code n}
 * numbers the program's deadlines; its timer is the n-th T-12 of it.
 */
public record Deadline(int n, Step step, Instant openedAt, Instant dueAt, Instant doneAt, Instant overdueAt) {
    public boolean open() {
        return doneAt == null;
    }

    /** Past due, undone and not yet reported: the timer's moment has come. */
    public boolean overdueToReport(Instant now) {
        return doneAt == null && overdueAt == null && !now.isBefore(dueAt);
    }

    Deadline done(Instant at) {
        return new Deadline(n, step, openedAt, dueAt, at, overdueAt);
    }

    Deadline reported(Instant at) {
        return new Deadline(n, step, openedAt, dueAt, doneAt, at);
    }
}
