package com.clinic.journey.visit;

import com.clinic.platform.StaffRef;
import com.clinic.platform.command.DomainEvent;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What an accepted command did to a visit, as types. Each carries the facts of its step, not its wording
 * ({@link VisitWording} composes the audit line and the notices); code that tells them apart implements
 * {@link Visitor}, so a new kind does not compile until every reader handles it. The audit trail records each
 * under its step's name ({@link VisitAction}).
 */
public sealed interface VisitEvent extends DomainEvent {
    String visitCode();

    /** The step, by SPEC id; its name is the event's type in the audit trail. */
    VisitAction action();

    <R> R accept(Visitor<R> visitor);

    @Override
    default String type() {
        return action().name();
    }

    @Override
    default String subject() {
        return visitCode();
    }

    @Override
    default String summary() {
        return VisitWording.summary(this);
    }

    /** One method per kind of event. */
    interface Visitor<R> {
        R booked(AppointmentBooked e);

        R walkInRegistered(WalkInRegistered e);

        R driverAssigned(DriverAssigned e);

        R driverChanged(DriverChanged e);

        R pickedUp(PickedUp e);

        R arrivalConfirmed(ArrivalConfirmed e);

        R photoAdded(PhotoAdded e);

        R photosRefused(PhotosRefused e);

        R examAttached(ExamAttached e);

        R consultantAssigned(ConsultantAssigned e);

        R consultantChanged(ConsultantChanged e);

        R consultationStarted(ConsultationStarted e);

        R videoAttached(VideoAttached e);

        R orderSubmitted(OrderSubmitted e);

        R pricesReviewed(PricesReviewed e);

        R signedSheetAttached(SignedSheetAttached e);

        R paymentTaken(PaymentTaken e);

        R moneyRefunded(MoneyRefunded e);

        R admitted(Admitted e);

        R rejected(VisitRejected e);

        R restored(VisitRestored e);

        R customerEdited(CustomerEdited e);
    }

    /** C-01: a new visit waiting for a driver. */
    record AppointmentBooked(String visitCode, StaffRef by, Instant at) implements VisitEvent {
        @Override
        public VisitAction action() {
            return VisitAction.BOOK_APPOINTMENT;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.booked(this);
        }
    }

    /** C-06: a customer who came without a booking. */
    record WalkInRegistered(String visitCode, StaffRef by, Instant at, String customerName) implements VisitEvent {
        @Override
        public VisitAction action() {
            return VisitAction.REGISTER_WALK_IN;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.walkInRegistered(this);
        }
    }

    /** C-02: the visit's first driver. */
    record DriverAssigned(String visitCode, StaffRef by, Instant at, StaffRef driver) implements VisitEvent {
        @Override
        public VisitAction action() {
            return VisitAction.ASSIGN_DRIVER;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.driverAssigned(this);
        }
    }

    /** C-03: another driver, and the one replaced. */
    record DriverChanged(String visitCode, StaffRef by, Instant at,
            StaffRef driver, StaffRef previous, String reason) implements VisitEvent {
        @Override
        public VisitAction action() {
            return VisitAction.CHANGE_DRIVER;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.driverChanged(this);
        }
    }

    /** C-04: the customer is in the car. */
    record PickedUp(String visitCode, StaffRef by, Instant at) implements VisitEvent {
        @Override
        public VisitAction action() {
            return VisitAction.PICK_UP;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.pickedUp(this);
        }
    }

    /** C-05: the customer is at the front desk. */
    record ArrivalConfirmed(String visitCode, StaffRef by, Instant at) implements VisitEvent {
        @Override
        public VisitAction action() {
            return VisitAction.CONFIRM_ARRIVAL;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.arrivalConfirmed(this);
        }
    }

    /** C-08: a pre-op photo. */
    record PhotoAdded(String visitCode, StaffRef by, Instant at) implements VisitEvent {
        @Override
        public VisitAction action() {
            return VisitAction.ADD_PHOTO;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.photoAdded(this);
        }
    }

    /** C-08: the customer declined the photos. */
    record PhotosRefused(String visitCode, StaffRef by, Instant at, String reason) implements VisitEvent {
        @Override
        public VisitAction action() {
            return VisitAction.REFUSE_PHOTOS;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.photosRefused(this);
        }
    }

    /** C-09: an exam result the instruments uploaded. */
    record ExamAttached(String visitCode, StaffRef by, Instant at, String key) implements VisitEvent {
        @Override
        public VisitAction action() {
            return VisitAction.ATTACH_EXAM;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.examAttached(this);
        }
    }

    /** C-10: the visit's first consultant. */
    record ConsultantAssigned(String visitCode, StaffRef by, Instant at, StaffRef consultant) implements VisitEvent {
        @Override
        public VisitAction action() {
            return VisitAction.ASSIGN_CONSULTANT;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.consultantAssigned(this);
        }
    }

    /** C-10: another consultant, and the one replaced. */
    record ConsultantChanged(String visitCode, StaffRef by, Instant at,
            StaffRef consultant, StaffRef previous, String reason) implements VisitEvent {
        @Override
        public VisitAction action() {
            return VisitAction.CHANGE_CONSULTANT;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.consultantChanged(this);
        }
    }

    /** C-11: the recorded reception started. */
    record ConsultationStarted(String visitCode, StaffRef by, Instant at) implements VisitEvent {
        @Override
        public VisitAction action() {
            return VisitAction.START_CONSULTATION;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.consultationStarted(this);
        }
    }

    /** C-11: the session's video is linked. */
    record VideoAttached(String visitCode, StaffRef by, Instant at) implements VisitEvent {
        @Override
        public VisitAction action() {
            return VisitAction.ATTACH_VIDEO;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.videoAttached(this);
        }
    }

    /** C-11: the order went to price review (its lines and total in fen). */
    record OrderSubmitted(String visitCode, StaffRef by, Instant at, int lines, long total) implements VisitEvent {
        @Override
        public VisitAction action() {
            return VisitAction.SUBMIT_ORDER;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.orderSubmitted(this);
        }
    }

    /** C-12: the first review, or a change after it (the new total in fen, how many lines changed). */
    record PricesReviewed(String visitCode, StaffRef by, Instant at,
            boolean first, long total, int changed) implements VisitEvent {
        @Override
        public VisitAction action() {
            return VisitAction.REVIEW_PRICES;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.pricesReviewed(this);
        }
    }

    /** C-13: the scan of the signed item sheet. */
    record SignedSheetAttached(String visitCode, StaffRef by, Instant at) implements VisitEvent {
        @Override
        public VisitAction action() {
            return VisitAction.ATTACH_SIGNED_SHEET;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.signedSheetAttached(this);
        }
    }

    /** C-14 / C-15: money taken, in fen. */
    record PaymentTaken(String visitCode, StaffRef by, Instant at, long amount) implements VisitEvent {
        @Override
        public VisitAction action() {
            return VisitAction.COLLECT_PAYMENT;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.paymentTaken(this);
        }
    }

    /** C-15: money given back, in fen. */
    record MoneyRefunded(String visitCode, StaffRef by, Instant at, long amount) implements VisitEvent {
        @Override
        public VisitAction action() {
            return VisitAction.REFUND;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.moneyRefunded(this);
        }
    }

    /** C-27: the customer is admitted; the after-sales owner follows her up. */
    record Admitted(String visitCode, StaffRef by, Instant at,
            StaffRef owner, LocalDate operationDate) implements VisitEvent {
        @Override
        public VisitAction action() {
            return VisitAction.ADMIT;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.admitted(this);
        }
    }

    /** C-24: the journey stopped. */
    record VisitRejected(String visitCode, StaffRef by, Instant at, String reason) implements VisitEvent {
        @Override
        public VisitAction action() {
            return VisitAction.REJECT;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.rejected(this);
        }
    }

    /** C-24: the journey goes on where it stopped. */
    record VisitRestored(String visitCode, StaffRef by, Instant at) implements VisitEvent {
        @Override
        public VisitAction action() {
            return VisitAction.RESTORE;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.restored(this);
        }
    }

    /** C-24: who the customer is, corrected. */
    record CustomerEdited(String visitCode, StaffRef by, Instant at,
            CustomerProfile before, CustomerProfile after) implements VisitEvent {
        @Override
        public VisitAction action() {
            return VisitAction.EDIT_CUSTOMER;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.customerEdited(this);
        }
    }
}
