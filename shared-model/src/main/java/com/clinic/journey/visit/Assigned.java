package com.clinic.journey.visit;

import com.clinic.platform.StaffRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Who holds a role on a visit (its driver, its consultant) and everyone who held it before, with who assigned
 * them, when and why (C-03, C-10 修改).
 */
public record Assigned(StaffRef current, List<Assignment> history) {
    public static final Assigned NONE = new Assigned(null, List.of());

    public Assigned {
        history = List.copyOf(history);
    }

    /** The next holder, kept in the history with who assigned them, when and why (null for a first one). */
    public Assigned to(StaffRef staff, StaffRef by, String reason, Instant at) {
        List<Assignment> next = new ArrayList<>(history);
        next.add(new Assignment(staff, by, at, reason));
        return new Assigned(staff, next);
    }

    public boolean is(String staffId) {
        return current != null && current.id().equals(staffId);
    }
}
