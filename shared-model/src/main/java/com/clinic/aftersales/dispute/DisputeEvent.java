package com.clinic.aftersales.dispute;

import com.clinic.platform.StaffRef;
import com.clinic.platform.command.DomainEvent;
import java.time.Instant;

/**
 * What happened to a dispute, as types. Each carries the facts of its step, not its wording ({@link DisputeWording} composes the audit line);
 * code that tells them apart implements {@link Visitor}, so a new kind does not compile until every reader handles
 * it.
 */
public sealed interface DisputeEvent extends DomainEvent {
    <R> R accept(Visitor<R> visitor);

    @Override
    default String summary() {
        return DisputeWording.summary(this);
    }

    /** One method per kind of event. */
    interface Visitor<R> {
        R raised(DisputeRaised e);

        R edited(DisputeEdited e);
    }

    /** C-29 a dispute of another kind was raised. */
    record DisputeRaised(String subject, StaffRef by, Instant at, String customerName) implements DisputeEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.raised(this);
        }
    }

    /** It was edited (the replaced text kept). */
    record DisputeEdited(String subject, StaffRef by, Instant at, int edits) implements DisputeEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.edited(this);
        }
    }
}
