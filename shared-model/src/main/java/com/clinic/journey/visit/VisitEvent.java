package com.clinic.journey.visit;

import com.clinic.platform.StaffRef;
import com.clinic.platform.command.DomainEvent;
import java.time.Instant;

/**
 * What an accepted command did to a visit; the audit trail and the notifications are made from it.
 *
 * @param staff    the staff member the step is about (the new driver or consultant, the after-sales owner)
 * @param previous the one they replace, for a change
 */
public record VisitEvent(VisitAction action, String visitCode, StaffRef by, Instant at, String summary,
                         StaffRef staff, StaffRef previous) implements DomainEvent {

    /** The step's name ({@code ASSIGN_DRIVER}), as the audit trail records it. */
    @Override
    public String type() {
        return action.name();
    }

    @Override
    public String subject() {
        return visitCode;
    }

    static VisitEvent of(VisitAction action, Visit after, StaffRef by, Instant at, String summary) {
        return new VisitEvent(action, after.code(), by, at, summary, null, null);
    }
}
