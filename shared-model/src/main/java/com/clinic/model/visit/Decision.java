package com.clinic.model.visit;

import com.clinic.model.InvalidInput;
import com.clinic.model.Refused;

/** The answer of a rule to a command: the next state with its event, or a refusal with the reason. */
public sealed interface Decision {

    record Accepted(Visit after, VisitEvent event) implements Decision {
    }

    /** A refusal; {@code field} names the input at fault when the input (not the state) is the reason. */
    record Rejected(String reason, String field) implements Decision {
    }

    /** The visit's state does not allow the step (409). */
    static Decision refuse(String reason) {
        return new Rejected(reason, null);
    }

    /** The step is allowed but this input is not, given the visit (400 naming the field). */
    static Decision invalid(String field, String reason) {
        return new Rejected(reason, field);
    }

    /** The accepted change, or the refusal thrown for the caller to report. */
    default Accepted orThrow() {
        if (this instanceof Rejected r) {
            throw r.field() == null ? new Refused(r.reason()) : InvalidInput.of(r.field(), r.reason());
        }
        return (Accepted) this;
    }
}
