package com.clinic.platform.command;

/**
 * The state a command left; whether it is the recorded answer to a retried request; and, for a new record,
 * whether it was linked to one already known (a visit's customer by the phone number).
 */
public record Outcome<A>(A value, boolean replayed, boolean existingCustomer) {
    public Outcome(A value, boolean replayed) {
        this(value, replayed, false);
    }
}
