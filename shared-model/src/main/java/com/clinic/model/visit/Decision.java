package com.clinic.model.visit;

import com.clinic.model.Refused;

/** The answer of a rule to a command: the next state with its event, or a refusal with the reason. */
public sealed interface Decision {

    record Accepted(Visit after, VisitEvent event) implements Decision {
    }

    record Rejected(String reason) implements Decision {
    }

    static Decision refuse(String reason) {
        return new Rejected(reason);
    }

    /** The accepted change, or the refusal thrown for the caller to report. */
    default Accepted orThrow() {
        if (this instanceof Rejected r) {
            throw new Refused(r.reason());
        }
        return (Accepted) this;
    }
}
