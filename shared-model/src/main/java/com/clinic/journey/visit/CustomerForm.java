package com.clinic.journey.visit;

import com.clinic.platform.Check;
import com.clinic.platform.Numeric;
import java.util.List;

/**
 * The customer part of a booking or walk-in as typed by staff; {@link #validate} turns it into a profile.
 * Scalars are text so that a wrong type is reported on its field like any other mistake.
 */
public record CustomerForm(String name, String phone, String gender, @Numeric String age, List<String> wantedItems,
                           String source, String notes) {

    /** The walk-in form (C-06), where the customer is the whole body. */
    public CustomerProfile validate() {
        Check check = new Check();
        CustomerProfile profile = validate(check, "");
        check.done();
        return profile;
    }

    CustomerProfile validate(Check check, String prefix) {
        return new CustomerProfile(
                check.required(prefix + "name", name, 50),
                check.mobile(prefix + "phone", phone),
                check.oneOf(prefix + "gender", gender, Gender.class, Gender.UNKNOWN),
                check.integer(prefix + "age", age, 1, 120),
                check.texts(prefix + "wantedItems", wantedItems, 20, 50),
                check.optional(prefix + "source", source, 100),
                check.optional(prefix + "notes", notes, 500));
    }
}
