package com.clinic.journey.visit;

import static com.clinic.journey.visit.VisitStage.BOOKED;
import static com.clinic.journey.visit.VisitStage.DRIVER_ASSIGNED;
import static com.clinic.journey.visit.VisitStage.PICKED_UP;

import com.clinic.journey.visit.VisitEvent.DriverAssigned;
import com.clinic.journey.visit.VisitEvent.DriverChanged;
import com.clinic.journey.visit.VisitEvent.PickedUp;
import com.clinic.platform.Role;
import com.clinic.platform.StaffRef;
import com.clinic.platform.command.Decision;
import com.clinic.platform.command.Decision.Accepted;
import com.clinic.platform.staff.StaffMember;
import java.time.Instant;

/** C-02 … C-04 the visit's ride to the clinic: the dispatcher's driver, changed before the pick-up, the pick-up. */
public record Transport(Visit visit) {

    /** C-02: the first driver of a booked visit. */
    public Decision<Visit, VisitEvent> assignDriver(StaffMember candidate, StaffRef dispatcher, String reason,
                                                    Instant now) {
        if (visit.stage() != BOOKED) {
            return Decision.refuse(visit.driver() != null
                    ? "a driver is already assigned (" + visit.driver().name() + "); change the driver instead"
                    : "only a booked visit waiting for a driver can be assigned one; it is " + visit.stage());
        }
        String unfit = Visit.unfit(candidate, Role.DRIVER, "driver");
        if (unfit != null) {
            return Decision.refuse(unfit);
        }
        Visit after = visit.edit(now).stage(DRIVER_ASSIGNED).driver(candidate.ref(), dispatcher, reason, now).build();
        return new Accepted<>(after, new DriverAssigned(visit.code(), dispatcher, now, candidate.ref()));
    }

    /** C-03: another driver before the pick-up, keeping the history and the reason. */
    public Decision<Visit, VisitEvent> changeDriver(StaffMember candidate, StaffRef dispatcher, String reason,
                                                    Instant now) {
        if (visit.stage() != DRIVER_ASSIGNED) {
            return Decision.refuse(visit.stage() == BOOKED ? "no driver is assigned yet; assign one first"
                    : "the driver can only be changed before the pick-up; the visit is " + visit.stage());
        }
        if (visit.drivers().is(candidate.id())) {
            return Decision.refuse(candidate.name() + " is already the driver");
        }
        String unfit = Visit.unfit(candidate, Role.DRIVER, "driver");
        if (unfit != null) {
            return Decision.refuse(unfit);
        }
        Visit after = visit.edit(now).driver(candidate.ref(), dispatcher, reason, now).build();
        return new Accepted<>(after, new DriverChanged(visit.code(), dispatcher, now, candidate.ref(), visit.driver(),
                reason));
    }

    /** C-04: the assigned driver has the customer in the car. */
    public Decision<Visit, VisitEvent> pickUp(StaffRef byDriver, Instant now) {
        if (visit.stage() != DRIVER_ASSIGNED) {
            return Decision.refuse("only an assigned visit can be picked up; it is " + visit.stage());
        }
        if (!visit.drivers().is(byDriver.id())) {
            return Decision.refuse("the visit is assigned to another driver");
        }
        VisitBuilder b = visit.edit(now).stage(PICKED_UP);
        b.pickedUpAt = now;
        return new Accepted<>(b.build(), new PickedUp(visit.code(), byDriver, now));
    }
}
