package com.clinic.model.visit;

import com.clinic.model.Role;
import com.clinic.model.StaffRef;
import com.clinic.model.staff.StaffMember;
import com.clinic.model.visit.BookingForm.BookAppointment;
import com.clinic.model.visit.Decision.Accepted;
import com.clinic.model.visit.VisitEvent.AppointmentBooked;
import com.clinic.model.visit.VisitEvent.CustomerPickedUp;
import com.clinic.model.visit.VisitEvent.DriverAssigned;
import com.clinic.model.visit.VisitEvent.DriverChanged;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One customer's visit to the clinic, from booking to admission: the aggregate of SPEC section A.
 * Immutable; each command returns a {@link Decision}: the next state with its event, or the reason it is
 * refused. Nothing here reads or writes storage.
 */
public record Visit(String code, CustomerProfile customer, ArrivalPlan arrival, VisitStage stage,
                    StaffRef bookedBy, StaffRef driver, List<DriverAssignment> driverHistory,
                    Instant pickedUpAt, Instant createdAt, Instant updatedAt, long version) {

    public Visit {
        driverHistory = driverHistory == null ? List.of() : List.copyOf(driverHistory);
    }

    /** C-01: a new visit waiting for a driver. */
    public static Accepted book(String code, BookAppointment cmd, StaffRef sales, Instant now) {
        Visit v = new Visit(code, cmd.customer(), cmd.arrival(), VisitStage.BOOKED, sales, null, List.of(), null,
                now, now, 1);
        return new Accepted(v, new AppointmentBooked(code, sales, now));
    }

    /** C-02: the first driver of a booked visit. */
    public Decision assignDriver(StaffMember candidate, StaffRef dispatcher, String reason, Instant now) {
        if (stage != VisitStage.BOOKED) {
            return Decision.refuse(driver != null
                    ? "a driver is already assigned (" + driver.name() + "); change the driver instead"
                    : "only a booked visit waiting for a driver can be assigned one; it is " + stage);
        }
        String unfit = unfitDriver(candidate);
        if (unfit != null) {
            return Decision.refuse(unfit);
        }
        Visit after = withDriver(candidate.ref(), dispatcher, reason, now);
        return new Accepted(after, new DriverAssigned(code, dispatcher, now, candidate.ref()));
    }

    /** C-03: another driver before the pick-up, keeping the history and the reason. */
    public Decision changeDriver(StaffMember candidate, StaffRef dispatcher, String reason, Instant now) {
        if (stage != VisitStage.DRIVER_ASSIGNED) {
            return Decision.refuse(stage == VisitStage.BOOKED
                    ? "no driver is assigned yet; assign one first"
                    : "the driver can only be changed before the pick-up; the visit is " + stage);
        }
        if (candidate.id().equals(driver.id())) {
            return Decision.refuse(candidate.name() + " is already the driver");
        }
        String unfit = unfitDriver(candidate);
        if (unfit != null) {
            return Decision.refuse(unfit);
        }
        Visit after = withDriver(candidate.ref(), dispatcher, reason, now);
        return new Accepted(after, new DriverChanged(code, dispatcher, now, driver, candidate.ref(), reason));
    }

    /** C-04: the assigned driver has the customer in the car. */
    public Decision pickUp(StaffRef byDriver, Instant now) {
        if (stage != VisitStage.DRIVER_ASSIGNED) {
            return Decision.refuse("only an assigned visit can be picked up; it is " + stage);
        }
        if (!driver.id().equals(byDriver.id())) {
            return Decision.refuse("the visit is assigned to another driver");
        }
        Visit after = next(VisitStage.PICKED_UP, driver, driverHistory, now, now);
        return new Accepted(after, new CustomerPickedUp(code, byDriver, now));
    }

    private static String unfitDriver(StaffMember candidate) {
        return candidate.canAct(Role.DRIVER) ? null : candidate.name() + " is not an active driver";
    }

    private Visit withDriver(StaffRef newDriver, StaffRef dispatcher, String reason, Instant now) {
        List<DriverAssignment> history = new ArrayList<>(driverHistory);
        history.add(new DriverAssignment(newDriver, dispatcher, now, reason));
        return next(VisitStage.DRIVER_ASSIGNED, newDriver, history, pickedUpAt, now);
    }

    private Visit next(VisitStage nextStage, StaffRef nextDriver, List<DriverAssignment> history,
                       Instant pickedUp, Instant at) {
        return new Visit(code, customer, arrival, nextStage, bookedBy, nextDriver, history, pickedUp, createdAt, at,
                version + 1);
    }
}
