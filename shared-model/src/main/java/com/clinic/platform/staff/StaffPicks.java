package com.clinic.platform.staff;

import com.clinic.platform.InvalidInput;
import com.clinic.platform.port.AggregateStore;

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
}
