package com.clinic.journey;

import com.clinic.platform.InvalidInput;
import com.clinic.platform.port.AggregateStore;
import com.clinic.platform.staff.StaffMember;

/** Looking up the staff member a form names (a driver, a consultant, an owner). */
public final class StaffPicks {
    private StaffPicks() {
    }

    /** The staff member read with the visit. */
    public static StaffMember found(AggregateStore.Loaded<?> snap, String field, String id) {
        StaffMember m = snap.staff().get(id);
        if (m == null) {
            throw unknown(field, id);
        }
        return m;
    }

    private static InvalidInput unknown(String field, String id) {
        return InvalidInput.of(field, "no staff member " + id);
    }

    public static <T> T require(T form) {
        if (form == null) {
            throw InvalidInput.of("body", "is required");
        }
        return form;
    }
}
