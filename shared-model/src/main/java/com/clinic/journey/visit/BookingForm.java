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
        check.done();
        CustomerProfile profile = customer.validate(check, "customer.");
        ArrivalPlan plan = arrival.validate(check, "arrival.", now);
        check.done();
        return new BookAppointment(profile, plan);
    }

    /** The validated command. */
    public record BookAppointment(CustomerProfile customer, ArrivalPlan arrival) {
    }
}
