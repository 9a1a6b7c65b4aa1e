package com.clinic.model.journey;

import com.clinic.model.InvalidInput;
import com.clinic.model.port.StaffDirectory;
import com.clinic.model.staff.StaffMember;

/** Looking up the staff member a form names (a driver, a consultant, an owner). */
public final class StaffPicks {
    private StaffPicks() {
    }

    public static StaffMember find(StaffDirectory staff, String field, String id) {
        return staff.find(id).orElseThrow(() -> InvalidInput.of(field, "no staff member " + id));
    }

    public static <T> T require(T form) {
        if (form == null) {
            throw InvalidInput.of("body", "is required");
        }
        return form;
    }
}
