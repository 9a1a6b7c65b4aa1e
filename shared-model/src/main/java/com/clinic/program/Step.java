package com.clinic.program;

import com.clinic.platform.Role;
import com.clinic.platform.calendar.WorkCalendar;
import java.time.Duration;
import java.time.Instant;

/**
 * The program's steps with a 时限 (SPEC section B), each owed by a role and due a span after the moment that starts
 * it: whole working days (due at the close of business of the n-th working day after), or business hours counted on
 * working days only (a 2 h deadline set at 17:30 on a Friday is due at 10:30 on Monday).
 */
public enum Step {
    CONFIRM_CONTRACT_TYPE("H-01", Role.ADMIN, 1, null),
    INVITE_TEAM("H-02", Role.ADMIN, 0, Duration.ofHours(2)),
    COUNTERSIGN_CONTRACT("H-04", Role.ADMIN, 1, null);

    private final String specId;
    private final Role owes;
    private final int workingDays;
    private final Duration businessHours;

    Step(String specId, Role owes, int workingDays, Duration businessHours) {
        this.specId = specId;
        this.owes = owes;
        this.workingDays = workingDays;
        this.businessHours = businessHours;
    }

    public String specId() {
        return specId;
    }

    /** The role that owes the step; its lead hears of it too when it is overdue. */
    public Role owes() {
        return owes;
    }

    /** Who answers for the owing role when a deadline passes: the super admin, or the head coach for the coaches. */
    public Role lead() {
        return owes == Role.ASSISTANT_COACH ? Role.HEAD_COACH : Role.SUPER_ADMIN;
    }

    /** When the step is due if it starts at {@code start}. */
    public Instant dueAfter(Instant start, WorkCalendar calendar) {
        return businessHours != null ? calendar.businessHoursAfter(start, businessHours)
                : calendar.workingDaysAfter(start, workingDays);
    }
}
