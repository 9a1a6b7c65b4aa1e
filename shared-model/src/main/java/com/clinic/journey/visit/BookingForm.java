package com.clinic.journey.visit;

import com.clinic.platform.Check;
import java.time.Instant;

/** C-01 as submitted by sales: the customer and the planned arrival. */
public record BookingForm(CustomerForm customer, ArrivalForm arrival) {

    public BookAppointment validate(Instant now) {
        Check check = new Check();
        if (customer == null) {
            check.fail("customer", "is required");
        }
        if (arrival == null) {
            check.fail("arrival", "is required");
        }
        // every bad field is named at once, the customer's even when the arrival is missing
        CustomerProfile profile = customer == null ? null : customer.validate(check, "customer.");
        ArrivalPlan plan = arrival == null ? null : arrival.validate(check, "arrival.", now);
        check.done();
        return new BookAppointment(profile, plan);
    }

    /** The validated command. */
    public record BookAppointment(CustomerProfile customer, ArrivalPlan arrival) {
    }
}
