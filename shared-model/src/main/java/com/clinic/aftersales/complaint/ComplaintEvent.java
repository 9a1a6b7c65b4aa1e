package com.clinic.aftersales.complaint;

import com.clinic.platform.StaffRef;
import com.clinic.platform.command.DomainEvent;
import java.time.Instant;

/**
 * What happened to a complaint, as types. Each carries the facts of its step, not its wording ({@link ComplaintWording} composes the audit line);
 * code that tells them apart implements {@link Visitor}, so a new kind does not compile until every reader handles
 * it.
 */
public sealed interface ComplaintEvent extends DomainEvent {
    <R> R accept(Visitor<R> visitor);

    @Override
    default String summary() {
        return ComplaintWording.summary(this);
    }

    /** One method per kind of event. */
    interface Visitor<R> {
        R raised(ComplaintRaised e);

        R edited(ComplaintEdited e);

        R handled(ComplaintHandled e);
    }

    /** C-28 a complaint about a staff member was raised. */
    record ComplaintRaised(String subject, StaffRef by, Instant at, String about, Complaint.Severity severity)
            implements ComplaintEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.raised(this);
        }
    }

    /** It was edited (the replaced text kept). */
    record ComplaintEdited(String subject, StaffRef by, Instant at, int edits) implements ComplaintEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.edited(this);
        }
    }

    /** 处理: a step with its note. */
    record ComplaintHandled(String subject, StaffRef by, Instant at, Complaint.Status from, Complaint.Status to)
            implements ComplaintEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.handled(this);
        }
    }
}
