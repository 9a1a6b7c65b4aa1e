package com.clinic.model.visit;

import com.clinic.model.StaffRef;
import java.time.Instant;

/** What an accepted command did to a visit; the audit trail and the notifications are made from these. */
public sealed interface VisitEvent {
    String visitCode();

    StaffRef by();

    Instant at();

    /** Stable action name written to the audit record. */
    String action();

    /** One line for humans, in the language the staff read. */
    String summary();

    record AppointmentBooked(String visitCode, StaffRef by, Instant at) implements VisitEvent {
        public String action() {
            return "BOOK_APPOINTMENT";
        }

        public String summary() {
            return "新预约 " + visitCode;
        }
    }

    record DriverAssigned(String visitCode, StaffRef by, Instant at, StaffRef driver) implements VisitEvent {
        public String action() {
            return "ASSIGN_DRIVER";
        }

        public String summary() {
            return "分配司机 " + driver.name();
        }
    }

    record DriverChanged(String visitCode, StaffRef by, Instant at, StaffRef previous, StaffRef driver,
                         String reason) implements VisitEvent {
        public String action() {
            return "CHANGE_DRIVER";
        }

        public String summary() {
            return "修改司机 " + previous.name() + " → " + driver.name() + "（" + reason + "）";
        }
    }

    record CustomerPickedUp(String visitCode, StaffRef by, Instant at) implements VisitEvent {
        public String action() {
            return "PICK_UP";
        }

        public String summary() {
            return "司机已接到客户";
        }
    }
}
