package com.clinic.platform.command;

import com.clinic.platform.InvalidInput;
import com.clinic.platform.Refused;

/** The answer of a rule to a command: the next state with its event, or a refusal with the reason. */
public sealed interface Decision<A, E extends DomainEvent> {

    record Accepted<A, E extends DomainEvent>(A after, E event) implements Decision<A, E> {
    }

    /** A refusal; {@code field} names the input at fault when the input (not the state) is the reason. */
    record Rejected<A, E extends DomainEvent>(String reason, String field) implements Decision<A, E> {
    }

    /** The record's state does not allow the step (409). */
    static <A, E extends DomainEvent> Decision<A, E> refuse(String reason) {
        return new Rejected<>(reason, null);
    }

    /** The step is allowed but this input is not, given the record (400 naming the field). */
    static <A, E extends DomainEvent> Decision<A, E> invalid(String field, String reason) {
        return new Rejected<>(reason, field);
    }

    /** The accepted change, or the refusal thrown for the caller to report. */
    default Accepted<A, E> orThrow() {
        if (this instanceof Rejected<A, E> r) {
            throw r.field() == null ? new Refused(r.reason()) : InvalidInput.of(r.field(), r.reason());
        }
        return (Accepted<A, E>) this;
    }
}
