package com.clinic.journey.visit;

import static com.clinic.journey.visit.VisitStage.ADMITTED;
import static com.clinic.journey.visit.VisitStage.ARRIVED;
import static com.clinic.journey.visit.VisitStage.BOOKED;
import static com.clinic.journey.visit.VisitStage.DRIVER_ASSIGNED;
import static com.clinic.journey.visit.VisitStage.PAID;
import static com.clinic.journey.visit.VisitStage.PICKED_UP;
import static com.clinic.journey.visit.VisitStage.PRICE_APPROVED;
import static com.clinic.journey.visit.VisitStage.REGISTERED;
import static com.clinic.journey.visit.VisitStage.REJECTED;

import com.clinic.journey.visit.BookingForm.BookAppointment;
import com.clinic.journey.visit.VisitEvent.Admitted;
import com.clinic.journey.visit.VisitEvent.AppointmentBooked;
import com.clinic.journey.visit.VisitEvent.ArrivalConfirmed;
import com.clinic.journey.visit.VisitEvent.CustomerEdited;
import com.clinic.journey.visit.VisitEvent.ExamAttached;
import com.clinic.journey.visit.VisitEvent.PhotoAdded;
import com.clinic.journey.visit.VisitEvent.PhotosRefused;
import com.clinic.journey.visit.VisitEvent.VisitRejected;
import com.clinic.journey.visit.VisitEvent.VisitRestored;
import com.clinic.journey.visit.VisitEvent.WalkInRegistered;
import com.clinic.platform.Role;
import com.clinic.platform.StaffRef;
import com.clinic.platform.command.Aggregate;
import com.clinic.platform.command.Decision.Accepted;
import com.clinic.platform.command.Decision;
import com.clinic.platform.staff.StaffMember;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One customer's visit to the clinic, from booking to admission: the aggregate of SPEC section A.
 * Immutable; each command returns a {@link Decision}: the next state with its event, or the reason it is
 * refused. Nothing here reads or writes storage. Money is in fen.
 */
public record Visit(String code, String customerId, CustomerProfile customer, ArrivalPlan arrival, boolean walkIn,
                    VisitStage stage, StaffRef bookedBy, Assigned drivers, Instant pickedUpAt, Instant arrivedAt,
                    Assigned consultants,
                    List<Photo> photos, Refusal photoRefusal, List<ExamFile> exams, Consultation consultation,
                    Order order, String signedSheetKey, Payments payments, Admission admission,
                    Rejection rejection, Instant createdAt, Instant updatedAt, long version) implements Aggregate {

    /** The shape of every visit code ({@code V261122-7KQ3MX}, see IdGenerator). */
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("V[0-9]{6}-[0-9A-Z]{6}");

    /** The visit's id is its code. */
    @Override
    public String id() {
        return code;
    }

    public static boolean isCode(String text) {
        return text != null && CODE.matcher(text).matches();
    }

    public Visit {
        photos = List.copyOf(photos);
        exams = List.copyOf(exams);
    }

    /** The driver now assigned, or null. */
    public StaffRef driver() {
        return drivers.current();
    }

    public List<Assignment> driverHistory() {
        return drivers.history();
    }

    /** The consultant now assigned, or null. */
    public StaffRef consultant() {
        return consultants.current();
    }

    public List<Assignment> consultantHistory() {
        return consultants.history();
    }

    // ------------------------------------------------------------------ money

    /** What the order costs after review, in fen (0 before there is an order). */
    public long total() {
        return order == null ? 0 : order.total();
    }

    /** Collected minus refunded, in fen; never negative (a refund never exceeds what its method took). */
    public long paid() {
        return payments.paid();
    }

    /** What one method took, net of its refunds: the most that can go back to the customer that way. */
    public long netPaidBy(PaymentMethod method) {
        return payments.netBy(method);
    }

    /** What is still due (positive) or owed back to the customer (negative, after a price cut: 多退少补). */
    public long balance() {
        return total() - paid();
    }

    /**
     * The work queue the visit waits in, or null: its stage's queue, or the cashier's while money is due or owed
     * back (a reviewed order not yet paid, or a price changed after payment).
     */
    public String workQueue() {
        if (stage == PRICE_APPROVED || (VisitStage.PRICED.contains(stage) && balance() != 0)) {
            return "CASHIER";
        }
        return VisitStage.WORK_QUEUES.contains(stage) ? stage.name() : null;
    }

    // ------------------------------------------------------------------ the visit's rooms

    /** C-02 … C-04: the ride to the clinic. */
    public Transport transport() {
        return new Transport(this);
    }

    /** C-10, C-11: triage, the reception and the order. */
    public Reception reception() {
        return new Reception(this);
    }

    /** C-12 … C-15: the prices, the signed sheet, payments and refunds. */
    public Billing billing() {
        return new Billing(this);
    }

    // ------------------------------------------------------------------ C-01, C-06

    /** C-01: a new visit waiting for a driver. */
    public static Accepted<Visit, VisitEvent> book(String code, String customerId, BookAppointment cmd,
                                                   StaffRef sales, Instant now) {
        Visit v = new Visit(code, customerId, cmd.customer(), cmd.arrival(), false, BOOKED, sales, Assigned.NONE,
                null, null, Assigned.NONE, List.of(), null, List.of(), null, null, null, Payments.NONE, null, null,
                now, now, 1);
        return new Accepted<>(v, new AppointmentBooked(code, sales, now));
    }

    /** C-06: a customer who came without a booking, registered by the front desk; arrival is confirmed next. */
    public static Accepted<Visit, VisitEvent> registerWalkIn(String code, String customerId, CustomerProfile customer,
                                          StaffRef frontDesk, Instant now) {
        Visit v = new Visit(code, customerId, customer, new ArrivalPlan(now, TransportMode.OTHER, null, "直接到店"),
                true, REGISTERED, frontDesk, Assigned.NONE, null, null, Assigned.NONE, List.of(), null, List.of(),
                null, null, null, Payments.NONE, null, null, now, now, 1);
        return new Accepted<>(v, new WalkInRegistered(code, frontDesk, now, customer.name()));
    }

    // ------------------------------------------------------------------ C-05 … C-09

    /** C-05 确认到店: a booked (picked up or not) or registered walk-in customer is at the front desk. */
    public Decision<Visit, VisitEvent> confirmArrival(StaffRef frontDesk, Instant now) {
        if (!VisitStage.EXPECTED.contains(stage)) {
            return Decision.refuse(stage == REJECTED ? "the journey is rejected; restore it first"
                    : "the arrival is already confirmed; the visit is " + stage);
        }
        VisitBuilder b = edit(now).stage(ARRIVED);
        b.arrivedAt = now;
        return new Accepted<>(b.build(), new ArrivalConfirmed(code, frontDesk, now));
    }

    /** C-08: a pre-op photo, taken any time after the arrival. */
    public Decision<Visit, VisitEvent> addPhoto(Photo photo, Instant now) {
        String refused = requireInClinic("photos");
        if (refused != null) {
            return Decision.refuse(refused);
        }
        if (photos.stream().anyMatch(p -> p.key().equals(photo.key()))) {
            return Decision.refuse("this photo is already registered");
        }
        VisitBuilder b = edit(now);
        b.photos = VisitBuilder.append(photos, photo);
        b.photoRefusal = null;
        return new Accepted<>(b.build(), new PhotoAdded(code, photo.by(), now));
    }

    /** C-08: the customer declined the photos (they are optional); the refusal is on record. */
    public Decision<Visit, VisitEvent> refusePhotos(String reason, StaffRef by, Instant now) {
        String refused = requireInClinic("photos");
        if (refused != null) {
            return Decision.refuse(refused);
        }
        VisitBuilder b = edit(now);
        b.photoRefusal = new Refusal(reason, by, now);
        return new Accepted<>(b.build(), new PhotosRefused(code, by, now, reason));
    }

    /** C-09: an exam result the instruments uploaded; never refused, so no result is lost. */
    public Decision<Visit, VisitEvent> attachExam(ExamFile exam, StaffRef system, Instant now) {
        if (exams.stream().anyMatch(e -> e.key().equals(exam.key()))) {
            return Decision.refuse("this exam result is already attached");
        }
        VisitBuilder b = edit(now);
        b.exams = VisitBuilder.append(exams, exam);
        return new Accepted<>(b.build(), new ExamAttached(code, system, now, exam.key()));
    }

    // ------------------------------------------------------------------ C-24, C-27

    /** C-27 入院: the paid customer is admitted; the operation date starts the follow-up clock. */
    public Decision<Visit, VisitEvent> admit(LocalDate operationDate, StaffMember owner, String notes, StaffRef by,
                                             Instant now) {
        if (stage != PAID) {
            return Decision.refuse("admission follows the payment; the visit is " + stage);
        }
        if (balance() != 0) {
            return Decision.refuse("settle the balance of " + balance() + " fen first");
        }
        String unfit = unfit(owner, Role.AFTER_SALES, "after-sales owner");
        if (unfit != null) {
            return Decision.refuse(unfit);
        }
        VisitBuilder b = edit(now).stage(ADMITTED);
        b.admission = new Admission(operationDate, owner.ref(), notes, by, now);
        return new Accepted<>(b.build(), new Admitted(code, by, now, owner.ref(), operationDate));
    }

    /** C-24 拒绝流程: the journey stops where it is; its pending timers are cancelled by the caller. */
    public Decision<Visit, VisitEvent> reject(String reason, StaffRef by, Instant now) {
        if (stage == REJECTED) {
            return Decision.refuse("the journey is already rejected");
        }
        VisitBuilder b = edit(now).stage(REJECTED);
        b.rejection = new Rejection(stage, reason, by, now);
        return new Accepted<>(b.build(), new VisitRejected(code, by, now, reason));
    }

    /** C-24 恢复流程: back to the stage the journey was rejected at. */
    public Decision<Visit, VisitEvent> restore(StaffRef by, Instant now) {
        if (stage != REJECTED) {
            return Decision.refuse("only a rejected journey can be restored");
        }
        VisitBuilder b = edit(now).stage(rejection.previousStage());
        b.rejection = null;
        return new Accepted<>(b.build(), new VisitRestored(code, by, now));
    }

    /**
     * C-24 修改基本信息: after-sales corrects who the customer is (name, gender, age, source / self-media account,
     * notes) on this visit; the audit line says each change before → after. The mobile number is the customer's
     * identity here and is not edited (a new number is a new customer). An edit that changes nothing is refused.
     */
    public Decision<Visit, VisitEvent> editCustomer(CustomerProfile edited, StaffRef by, Instant now) {
        CustomerProfile corrected = new CustomerProfile(edited.name(), customer.phone(), edited.gender(),
                edited.age(), customer.wantedItems(), edited.source(), edited.notes());
        if (corrected.equals(customer)) {
            return Decision.refuse("nothing changed");
        }
        VisitBuilder b = edit(now);
        b.customer = corrected;
        return new Accepted<>(b.build(), new CustomerEdited(code, by, now, customer, corrected));
    }

    // ------------------------------------------------------------------ helpers

    private static final Set<VisitStage> NOT_YET_ARRIVED = EnumSet.of(BOOKED, DRIVER_ASSIGNED, PICKED_UP, REGISTERED);

    private String requireInClinic(String what) {
        if (NOT_YET_ARRIVED.contains(stage)) {
            return what + " are taken after the arrival is confirmed; the visit is " + stage;
        }
        return stage == REJECTED ? "the journey is rejected; restore it first" : null;
    }

    static String unfit(StaffMember candidate, Role role, String what) {
        return candidate.canAct(role) ? null : candidate.name() + " is not an active " + what;
    }

    /** The next state: a copy with some fields changed, one version later. */
    VisitBuilder edit(Instant now) {
        return new VisitBuilder(this, now);
    }
}
