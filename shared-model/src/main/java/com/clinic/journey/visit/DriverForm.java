package com.clinic.journey.visit;

import com.clinic.platform.Check;

/** C-02 assign (reason optional) and C-03 change (reason required) a driver. */
public record DriverForm(String driverId, String reason) {

    public DriverForm validate(boolean reasonRequired) {
        Check check = new Check();
        String id = check.required("driverId", driverId, 64);
        String why = reasonRequired ? check.required("reason", reason, 200) : check.optional("reason", reason, 200);
        check.done();
        return new DriverForm(id, why);
    }
}
