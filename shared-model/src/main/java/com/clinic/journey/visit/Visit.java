package com.clinic.journey.visit;

import static com.clinic.journey.visit.VisitStage.ADMITTED;
import static com.clinic.journey.visit.VisitStage.ARRIVED;
import static com.clinic.journey.visit.VisitStage.BOOKED;
import static com.clinic.journey.visit.VisitStage.DRIVER_ASSIGNED;
import static com.clinic.journey.visit.VisitStage.IN_CONSULTATION;
import static com.clinic.journey.visit.VisitStage.PAID;
import static com.clinic.journey.visit.VisitStage.PICKED_UP;
import static com.clinic.journey.visit.VisitStage.PRICE_APPROVED;
import static com.clinic.journey.visit.VisitStage.PRICE_REVIEW;
import static com.clinic.journey.visit.VisitStage.REGISTERED;
import static com.clinic.journey.visit.VisitStage.REJECTED;
import static com.clinic.journey.visit.VisitStage.TRIAGED;

import com.clinic.journey.visit.BookingForm.BookAppointment;
import com.clinic.journey.visit.Forms.PaymentForm;
import com.clinic.platform.Money;
import com.clinic.platform.Role;
import com.clinic.platform.StaffRef;
import com.clinic.platform.command.Aggregate;
import com.clinic.platform.command.Decision.Accepted;
import com.clinic.platform.command.Decision;
import com.clinic.platform.staff.StaffMember;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
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

    // ------------------------------------------------------------------ C-01 … C-04

    /** C-01: a new visit waiting for a driver. */
    public static Accepted<Visit, VisitEvent> book(String code, String customerId, BookAppointment cmd, StaffRef sales, Instant now) {
        Visit v = new Visit(code, customerId, cmd.customer(), cmd.arrival(), false, BOOKED, sales, Assigned.NONE,
                null, null, Assigned.NONE, List.of(), null, List.of(), null, null, null, Payments.NONE, null, null,
                now, now, 1);
        return new Accepted<>(v, VisitEvent.of(VisitAction.BOOK_APPOINTMENT, v, sales, now, "新预约 " + code));
    }

    /** C-06: a customer who came without a booking, registered by the front desk; arrival is confirmed next. */
    public static Accepted<Visit, VisitEvent> registerWalkIn(String code, String customerId, CustomerProfile customer,
                                          StaffRef frontDesk, Instant now) {
        Visit v = new Visit(code, customerId, customer, new ArrivalPlan(now, TransportMode.OTHER, null, "直接到店"),
                true, REGISTERED, frontDesk, Assigned.NONE, null, null, Assigned.NONE, List.of(), null, List.of(),
                null, null, null, Payments.NONE, null, null, now, now, 1);
        return new Accepted<>(v, VisitEvent.of(VisitAction.REGISTER_WALK_IN, v, frontDesk, now,
                "直接到店登记 " + customer.name()));
    }

    /** C-02: the first driver of a booked visit. */
    public Decision<Visit, VisitEvent> assignDriver(StaffMember candidate, StaffRef dispatcher, String reason, Instant now) {
        if (stage != BOOKED) {
            return Decision.refuse(driver() != null
                    ? "a driver is already assigned (" + driver().name() + "); change the driver instead"
                    : "only a booked visit waiting for a driver can be assigned one; it is " + stage);
        }
        String unfit = unfit(candidate, Role.DRIVER, "driver");
        if (unfit != null) {
            return Decision.refuse(unfit);
        }
        Visit after = edit(now).stage(DRIVER_ASSIGNED).driver(candidate.ref(), dispatcher, reason, now).build();
        return accept(after, VisitAction.ASSIGN_DRIVER, dispatcher, now, "分配司机 " + candidate.name(),
                candidate.ref(), null);
    }

    /** C-03: another driver before the pick-up, keeping the history and the reason. */
    public Decision<Visit, VisitEvent> changeDriver(StaffMember candidate, StaffRef dispatcher, String reason, Instant now) {
        if (stage != DRIVER_ASSIGNED) {
            return Decision.refuse(stage == BOOKED ? "no driver is assigned yet; assign one first"
                    : "the driver can only be changed before the pick-up; the visit is " + stage);
        }
        if (drivers.is(candidate.id())) {
            return Decision.refuse(candidate.name() + " is already the driver");
        }
        String unfit = unfit(candidate, Role.DRIVER, "driver");
        if (unfit != null) {
            return Decision.refuse(unfit);
        }
        Visit after = edit(now).driver(candidate.ref(), dispatcher, reason, now).build();
        return accept(after, VisitAction.CHANGE_DRIVER, dispatcher, now,
                "修改司机 " + driver().name() + " → " + candidate.name() + "（" + reason + "）", candidate.ref(),
                driver());
    }

    /** C-04: the assigned driver has the customer in the car. */
    public Decision<Visit, VisitEvent> pickUp(StaffRef byDriver, Instant now) {
        if (stage != DRIVER_ASSIGNED) {
            return Decision.refuse("only an assigned visit can be picked up; it is " + stage);
        }
        if (!drivers.is(byDriver.id())) {
            return Decision.refuse("the visit is assigned to another driver");
        }
        Builder b = edit(now).stage(PICKED_UP);
        b.pickedUpAt = now;
        return accept(b.build(), VisitAction.PICK_UP, byDriver, now, "司机已接到客户", null, null);
    }

    // ------------------------------------------------------------------ C-05 … C-09

    /** C-05 确认到店: a booked (picked up or not) or registered walk-in customer is at the front desk. */
    public Decision<Visit, VisitEvent> confirmArrival(StaffRef frontDesk, Instant now) {
        if (!VisitStage.EXPECTED.contains(stage)) {
            return Decision.refuse(stage == REJECTED ? "the journey is rejected; restore it first"
                    : "the arrival is already confirmed; the visit is " + stage);
        }
        Builder b = edit(now).stage(ARRIVED);
        b.arrivedAt = now;
        return accept(b.build(), VisitAction.CONFIRM_ARRIVAL, frontDesk, now, "确认到店", null, null);
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
        Builder b = edit(now);
        b.photos = append(photos, photo);
        b.photoRefusal = null;
        return accept(b.build(), VisitAction.ADD_PHOTO, photo.by(), now, "上传术前照", null, null);
    }

    /** C-08: the customer declined the photos (they are optional); the refusal is on record. */
    public Decision<Visit, VisitEvent> refusePhotos(String reason, StaffRef by, Instant now) {
        String refused = requireInClinic("photos");
        if (refused != null) {
            return Decision.refuse(refused);
        }
        Builder b = edit(now);
        b.photoRefusal = new Refusal(reason, by, now);
        return accept(b.build(), VisitAction.REFUSE_PHOTOS, by, now, "客户拒绝拍照：" + reason, null, null);
    }

    /** C-09: an exam result the instruments uploaded; never refused, so no result is lost. */
    public Decision<Visit, VisitEvent> attachExam(ExamFile exam, StaffRef system, Instant now) {
        if (exams.stream().anyMatch(e -> e.key().equals(exam.key()))) {
            return Decision.refuse("this exam result is already attached");
        }
        Builder b = edit(now);
        b.exams = append(exams, exam);
        return accept(b.build(), VisitAction.ATTACH_EXAM, system, now, "体检结果 " + exam.key(), null, null);
    }

    // ------------------------------------------------------------------ C-10 … C-13

    /** C-10 分诊: a consultant right after the arrival (photos and exam may come later). */
    public Decision<Visit, VisitEvent> assignConsultant(StaffMember candidate, StaffRef admin, String reason,
                                                        Instant now) {
        if (stage != ARRIVED) {
            return Decision.refuse(consultant() != null
                    ? "a consultant is already assigned (" + consultant().name() + "); change it instead"
                    : "triage comes after the arrival is confirmed; the visit is " + stage);
        }
        String unfit = unfit(candidate, Role.CONSULTANT, "consultant");
        if (unfit != null) {
            return Decision.refuse(unfit);
        }
        Visit after = edit(now).stage(TRIAGED).consultant(candidate.ref(), admin, reason, now).build();
        return accept(after, VisitAction.ASSIGN_CONSULTANT, admin, now, "分诊给 " + candidate.name(),
                candidate.ref(), null);
    }

    /** C-10 修改: another consultant, before the reception starts. */
    public Decision<Visit, VisitEvent> changeConsultant(StaffMember candidate, StaffRef admin, String reason, Instant now) {
        if (stage != TRIAGED) {
            return Decision.refuse(stage == ARRIVED ? "no consultant is assigned yet; assign one first"
                    : "the consultant can only be changed before the reception; the visit is " + stage);
        }
        if (consultants.is(candidate.id())) {
            return Decision.refuse(candidate.name() + " is already the consultant");
        }
        String unfit = unfit(candidate, Role.CONSULTANT, "consultant");
        if (unfit != null) {
            return Decision.refuse(unfit);
        }
        Visit after = edit(now).consultant(candidate.ref(), admin, reason, now).build();
        return accept(after, VisitAction.CHANGE_CONSULTANT, admin, now,
                "修改咨询师 " + consultant().name() + " → " + candidate.name() + "（" + reason + "）", candidate.ref(),
                consultant());
    }

    /** C-11 接待: the assigned consultant starts the recorded reception. */
    public Decision<Visit, VisitEvent> startConsultation(String sessionId, StaffRef byConsultant, Instant now) {
        if (stage != TRIAGED) {
            return Decision.refuse("the reception starts once the customer is triaged; the visit is " + stage);
        }
        if (!consultants.is(byConsultant.id())) {
            return Decision.refuse("the customer is assigned to another consultant");
        }
        Builder b = edit(now).stage(IN_CONSULTATION);
        b.consultation = new Consultation(sessionId, byConsultant, now, null, null);
        return accept(b.build(), VisitAction.START_CONSULTATION, byConsultant, now, "开始接待（录像）", null, null);
    }

    /**
     * Whether the session's video may still be uploaded: a reception was started, no video is linked yet, and the
     * journey is not stopped. A linked video is evidence: it is never replaced.
     */
    public String videoUploadRefusal() {
        if (consultation == null) {
            return "no reception was started for this visit";
        }
        if (consultation.videoKey() != null) {
            return "the session's video is already linked; it is kept as recorded";
        }
        return stage == REJECTED ? "the journey is rejected; restore it first" : null;
    }

    /** C-11: the recorder uploaded the session's video; it is linked to the consultation, once. */
    public Decision<Visit, VisitEvent> attachVideo(String key, StaffRef by, Instant now) {
        String refused = videoUploadRefusal();
        if (refused != null) {
            return Decision.refuse(refused);
        }
        if (!key.startsWith(Consultation.videoFolder(code, consultation.sessionId()))) {
            return Decision.invalid("key", "is not an upload of this session's video");
        }
        Builder b = edit(now);
        b.consultation = new Consultation(consultation.sessionId(), consultation.consultant(),
                consultation.startedAt(), key, now);
        return accept(b.build(), VisitAction.ATTACH_VIDEO, by, now, "咨询视频已上传", null, null);
    }

    /** C-11 确认: the consultant's order goes to the super admin for price review. */
    public Decision<Visit, VisitEvent> submitOrder(List<OrderItem> items, StaffRef byConsultant, Instant now) {
        if (stage != IN_CONSULTATION) {
            return Decision.refuse("an order is opened during the reception; the visit is " + stage);
        }
        if (!consultants.is(byConsultant.id())) {
            return Decision.refuse("the customer is assigned to another consultant");
        }
        Builder b = edit(now).stage(PRICE_REVIEW);
        b.order = new Order(items, byConsultant, now, null, null, 0);
        return accept(b.build(), VisitAction.SUBMIT_ORDER, byConsultant, now,
                "开单 " + items.size() + " 项，合计 " + b.order.total() + " 分", null, null);
    }

    /**
     * C-12 价目审核: approve the order, changing final prices by line if needed. After approval, and after
     * payment, the super admin may change prices again: the balance then shows what to collect or refund (C-15).
     */
    public Decision<Visit, VisitEvent> reviewPrices(Map<Integer, Long> finalPrices, StaffRef admin, Instant now) {
        boolean firstReview = stage == PRICE_REVIEW;
        if (!firstReview && !VisitStage.PRICED.contains(stage)) {
            return Decision.refuse("prices are reviewed once the order is confirmed; the visit is " + stage);
        }
        if (!firstReview && finalPrices.isEmpty()) {
            return Decision.refuse("the order is already approved; send the changed prices");
        }
        List<OrderItem> items = new ArrayList<>(order.items());
        for (Map.Entry<Integer, Long> change : finalPrices.entrySet()) {
            if (change.getKey() >= items.size()) {
                return Decision.invalid("changes", "the order has no line " + change.getKey());
            }
            items.set(change.getKey(), items.get(change.getKey()).withFinalPrice(change.getValue()));
        }
        if (Order.totalOf(items) > Money.MAX_ORDER) {
            return Decision.invalid("changes", "the order would come to " + Money.yuan(Order.totalOf(items))
                    + "; one order is at most " + Money.yuan(Money.MAX_ORDER));
        }
        Builder b = edit(now).stage(firstReview ? PRICE_APPROVED : stage);
        b.order = new Order(items, order.consultant(), order.submittedAt(), admin, now, order.revision() + 1);
        b.settleIfPaid();
        String summary = (firstReview ? "价目审核通过" : "价格变更") + "，合计 " + b.order.total() + " 分"
                + (finalPrices.isEmpty() ? "" : "（改价 " + finalPrices.size() + " 项）");
        return accept(b.build(), VisitAction.REVIEW_PRICES, admin, now, summary, null, null);
    }

    /**
     * Whether the signed item sheet may be uploaded: after the price review, and once (a linked scan is the
     * customer's signature: it is never replaced).
     */
    public String signedSheetRefusal() {
        if (!VisitStage.PRICED.contains(stage)) {
            return "the item sheet is signed after the price review; the visit is " + stage;
        }
        return signedSheetKey != null ? "the signed item sheet is already on file; it is kept as signed" : null;
    }

    /** C-13: the scan of the item sheet the customer signed. */
    public Decision<Visit, VisitEvent> attachSignedSheet(String key, StaffRef by, Instant now) {
        String refused = signedSheetRefusal();
        if (refused != null) {
            return Decision.refuse(refused);
        }
        Builder b = edit(now);
        b.signedSheetKey = key;
        return accept(b.build(), VisitAction.ATTACH_SIGNED_SHEET, by, now, "项目单签字扫描件已上传", null, null);
    }

    // ------------------------------------------------------------------ C-14, C-15

    /**
     * C-14 收银 / C-15 再次收银: lines split across methods, together at most what is due. When nothing is due any
     * more the visit is paid. A loan line gets its installment schedule.
     */
    public Decision<Visit, VisitEvent> collectPayment(List<PaymentForm.Line> lines, List<String> ids, StaffRef cashier, Instant now) {
        if (!(stage == PRICE_APPROVED || stage == PAID || stage == ADMITTED)) {
            return Decision.refuse("payment is taken after the price review; the visit is " + stage);
        }
        if (balance() <= 0) {
            return Decision.refuse("nothing is due" + (balance() < 0 ? "; refund " + -balance() + " fen instead" : ""));
        }
        Payments.Taken taken = payments.collect(lines, ids, balance(), cashier, now);
        if (!taken.ok()) {
            return Decision.invalid(taken.field(), taken.refusal());
        }
        long sum = taken.sum();
        Builder b = edit(now);
        b.payments = taken.after();
        b.settleIfPaid();
        return accept(b.build(), VisitAction.COLLECT_PAYMENT, cashier, now, "收银 " + sum + " 分", null, null);
    }

    /**
     * C-15 多退: after a price cut, money goes back to the customer the way it came: each line's method may return
     * at most what that method took, net of earlier refunds and of this request's earlier lines.
     */
    public Decision<Visit, VisitEvent> refund(List<PaymentForm.Line> lines, List<String> ids, StaffRef cashier, Instant now) {
        if (balance() >= 0) {
            return Decision.refuse("nothing is owed back to the customer");
        }
        Payments.Taken taken = payments.refund(lines, ids, -balance(), cashier, now);
        if (!taken.ok()) {
            return Decision.invalid(taken.field(), taken.refusal());
        }
        long sum = taken.sum();
        Builder b = edit(now);
        b.payments = taken.after();
        b.settleIfPaid();
        return accept(b.build(), VisitAction.REFUND, cashier, now, "退款 " + sum + " 分", null, null);
    }

    // ------------------------------------------------------------------ C-24, C-27

    /** C-27 入院: the paid customer is admitted; the operation date starts the follow-up clock. */
    public Decision<Visit, VisitEvent> admit(LocalDate operationDate, StaffMember owner, String notes, StaffRef by, Instant now) {
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
        Builder b = edit(now).stage(ADMITTED);
        b.admission = new Admission(operationDate, owner.ref(), notes, by, now);
        return accept(b.build(), VisitAction.ADMIT, by, now, "入院，手术日期 " + operationDate, owner.ref(), null);
    }

    /** C-24 拒绝流程: the journey stops where it is; its pending timers are cancelled by the caller. */
    public Decision<Visit, VisitEvent> reject(String reason, StaffRef by, Instant now) {
        if (stage == REJECTED) {
            return Decision.refuse("the journey is already rejected");
        }
        Builder b = edit(now).stage(REJECTED);
        b.rejection = new Rejection(stage, reason, by, now);
        return accept(b.build(), VisitAction.REJECT, by, now, "拒绝流程：" + reason, null, null);
    }

    /** C-24 恢复流程: back to the stage the journey was rejected at. */
    public Decision<Visit, VisitEvent> restore(StaffRef by, Instant now) {
        if (stage != REJECTED) {
            return Decision.refuse("only a rejected journey can be restored");
        }
        Builder b = edit(now).stage(rejection.previousStage());
        b.rejection = null;
        return accept(b.build(), VisitAction.RESTORE, by, now, "恢复流程", null, null);
    }

    /**
     * C-24 修改基本信息: after-sales corrects who the customer is (name, gender, age, source / self-media account,
     * notes) on this visit; the audit line says each change before → after. The mobile number is the customer's
     * identity here and is not edited (a new number is a new customer). An edit that changes nothing is refused.
     */
    public Decision<Visit, VisitEvent> editCustomer(CustomerProfile edited, StaffRef by, Instant now) {
        List<String> changes = new ArrayList<>();
        change(changes, "姓名", customer.name(), edited.name());
        change(changes, "性别", customer.gender(), edited.gender());
        change(changes, "年龄", customer.age(), edited.age());
        change(changes, "来源/自媒体号", customer.source(), edited.source());
        change(changes, "备注", customer.notes(), edited.notes());
        if (changes.isEmpty()) {
            return Decision.refuse("nothing changed");
        }
        Builder b = edit(now);
        b.customer = new CustomerProfile(edited.name(), customer.phone(), edited.gender(), edited.age(),
                customer.wantedItems(), edited.source(), edited.notes());
        return accept(b.build(), VisitAction.EDIT_CUSTOMER, by, now, "修改基本信息：" + String.join("；", changes),
                null, null);
    }

    private static void change(List<String> changes, String field, Object before, Object after) {
        if (!java.util.Objects.equals(before, after)) {
            changes.add(field + " " + shown(before) + " → " + shown(after));
        }
    }

    private static String shown(Object value) {
        return value == null ? "（空）" : value.toString();
    }

    // ------------------------------------------------------------------ helpers

    private static final Set<VisitStage> NOT_YET_ARRIVED = EnumSet.of(BOOKED, DRIVER_ASSIGNED, PICKED_UP, REGISTERED);

    private String requireInClinic(String what) {
        if (NOT_YET_ARRIVED.contains(stage)) {
            return what + " are taken after the arrival is confirmed; the visit is " + stage;
        }
        return stage == REJECTED ? "the journey is rejected; restore it first" : null;
    }

    private static String unfit(StaffMember candidate, Role role, String what) {
        return candidate.canAct(role) ? null : candidate.name() + " is not an active " + what;
    }

    private static Accepted<Visit, VisitEvent> accept(Visit after, VisitAction action, StaffRef by, Instant now, String summary,
                                   StaffRef staff, StaffRef previous) {
        return new Accepted<>(after, new VisitEvent(action, after.code(), by, now, summary, staff, previous));
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> out = new ArrayList<>(list);
        out.add(item);
        return out;
    }

    private Builder edit(Instant now) {
        return new Builder(this, now);
    }

    /** The next state of a visit: a copy with some fields changed, one version later. */
    private static final class Builder {
        private final Visit from;
        private final Instant now;
        CustomerProfile customer;
        VisitStage stage;
        Assigned drivers;
        Instant pickedUpAt;
        Instant arrivedAt;
        Assigned consultants;
        List<Photo> photos;
        Refusal photoRefusal;
        List<ExamFile> exams;
        Consultation consultation;
        Order order;
        String signedSheetKey;
        Payments payments;
        Admission admission;
        Rejection rejection;

        Builder(Visit v, Instant now) {
            this.from = v;
            this.now = now;
            customer = v.customer;
            stage = v.stage;
            drivers = v.drivers;
            pickedUpAt = v.pickedUpAt;
            arrivedAt = v.arrivedAt;
            consultants = v.consultants;
            photos = v.photos;
            photoRefusal = v.photoRefusal;
            exams = v.exams;
            consultation = v.consultation;
            order = v.order;
            signedSheetKey = v.signedSheetKey;
            payments = v.payments;
            admission = v.admission;
            rejection = v.rejection;
        }

        Builder stage(VisitStage s) {
            stage = s;
            return this;
        }

        Builder driver(StaffRef d, StaffRef by, String reason, Instant at) {
            drivers = drivers.to(d, by, reason, at);
            return this;
        }

        Builder consultant(StaffRef c, StaffRef by, String reason, Instant at) {
            consultants = consultants.to(c, by, reason, at);
            return this;
        }

        /**
         * A reviewed order whose payments now match its total exactly is paid, whichever step settled it: the last
         * payment, a refund after a price cut, or a price cut down to what was already paid.
         */
        void settleIfPaid() {
            long paid = payments.paid();
            if (stage == PRICE_APPROVED && paid > 0 && order.total() == paid) {
                stage = PAID;
            }
        }

        Visit build() {
            return new Visit(from.code, from.customerId, customer, from.arrival, from.walkIn, stage,
                    from.bookedBy, drivers, pickedUpAt, arrivedAt, consultants, photos, photoRefusal, exams, consultation, order, signedSheetKey, payments, admission, rejection,
                    from.createdAt, now, from.version + 1);
        }
    }
}
