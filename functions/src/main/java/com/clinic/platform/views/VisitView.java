package com.clinic.platform.views;

import static com.clinic.platform.ShanghaiTime.show;

import com.clinic.journey.visit.Assignment;
import com.clinic.journey.visit.Consultation;
import com.clinic.journey.visit.CustomerProfile;
import com.clinic.journey.visit.Order;
import com.clinic.journey.visit.Payment;
import com.clinic.journey.visit.Visit;
import com.clinic.journey.visit.VisitAccess;
import com.clinic.journey.visit.VisitPart;
import com.clinic.platform.Actor;
import com.clinic.platform.Phones;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/** A visit as the front ends show it; times are ISO-8601 in Asia/Shanghai (+08:00), money in fen. */
@Serdeable
public record VisitView(String code, String customerId, String stage, String stageLabel, long version,
                        boolean walkIn, Customer customer, Arrival arrival, StaffView.Ref bookedBy,
                        StaffView.Ref driver, List<AssignmentView> driverHistory, String pickedUpAt, String arrivedAt,
                        StaffView.Ref consultant, List<AssignmentView> consultantHistory, List<String> photos,
                        Refusal photoRefusal, List<String> exams, ConsultationView consultation, OrderView order,
                        String signedSheetKey, Money money, List<PaymentView> payments, AdmissionView admission,
                        RejectionView rejection, String createdAt, String updatedAt) {

    /**
     * The visit as one caller may see it: the parts {@link VisitAccess} withholds from their roles are null (a
     * masked phone for roles that only tell customers apart).
     */
    public static VisitView of(Visit v, Set<VisitPart> parts) {
        CustomerProfile c = v.customer();
        boolean demo = parts.contains(VisitPart.DEMOGRAPHICS);
        boolean booking = parts.contains(VisitPart.BOOKING);
        String phone = VisitAccess.phoneAsSeen(v, parts);
        return new VisitView(v.code(), v.customerId(), v.stage().name(), v.stage().label(), v.version(), v.walkIn(),
                new Customer(c.name(), phone, demo ? c.gender().name() : null, demo ? c.age() : null,
                        parts.contains(VisitPart.WANTED_ITEMS) ? c.wantedItems() : null, booking ? c.source() : null,
                        booking ? c.notes() : null),
                !parts.contains(VisitPart.ARRIVAL) ? null : new Arrival(show(v.arrival().arrivalAt()),
                        v.arrival().mode().name(), v.arrival().transportNo(), v.arrival().station()),
                booking ? StaffView.Ref.of(v.bookedBy()) : null,
                when(parts, VisitPart.DISPATCH, () -> StaffView.Ref.of(v.driver())),
                when(parts, VisitPart.DISPATCH, () -> assignments(v.driverHistory())),
                when(parts, VisitPart.DISPATCH, () -> show(v.pickedUpAt())),
                when(parts, VisitPart.TRIAGE, () -> show(v.arrivedAt())),
                when(parts, VisitPart.TRIAGE, () -> StaffView.Ref.of(v.consultant())),
                when(parts, VisitPart.TRIAGE, () -> assignments(v.consultantHistory())),
                when(parts, VisitPart.PHOTOS, () -> v.photos().stream().map(p -> p.key()).toList()),
                when(parts, VisitPart.PHOTOS, () -> v.photoRefusal() == null ? null : new Refusal(
                        v.photoRefusal().reason(), StaffView.Ref.of(v.photoRefusal().by()),
                        show(v.photoRefusal().at()))),
                when(parts, VisitPart.EXAMS, () -> v.exams().stream().map(e -> e.key()).toList()),
                when(parts, VisitPart.CONSULTATION, () -> consultation(v.consultation())),
                parts.contains(VisitPart.ORDER) ? order(v.order(), true)
                        : parts.contains(VisitPart.BILL) ? order(v.order(), false) : null,
                when(parts, VisitPart.BILL, v::signedSheetKey),
                when(parts, VisitPart.MONEY, () -> new Money(v.total(), v.paid(), v.balance())),
                when(parts, VisitPart.MONEY, () -> v.payments().all().stream().map(VisitView::payment).toList()),
                when(parts, VisitPart.ADMISSION, () -> v.admission() == null ? null : new AdmissionView(
                        v.admission().operationDate().toString(), StaffView.Ref.of(v.admission().owner()),
                        v.admission().notes(), show(v.admission().at()))),
                when(parts, VisitPart.ADMISSION, () -> v.rejection() == null ? null : new RejectionView(
                        v.rejection().previousStage().name(), v.rejection().reason(),
                        StaffView.Ref.of(v.rejection().by()), show(v.rejection().at()))),
                show(v.createdAt()), show(v.updatedAt()));
    }

    /** The visit as this caller sees it. */
    public static VisitView of(Actor actor, Visit v) {
        return of(v, VisitAccess.parts(actor, v));
    }

    private static <T> T when(Set<VisitPart> parts, VisitPart part, Supplier<T> value) {
        return parts.contains(part) ? value.get() : null;
    }

    /** The ETag of this state, for If-Match on the next change. */
    public static String etag(Visit v) {
        return "\"" + v.version() + "\"";
    }

    private static List<AssignmentView> assignments(List<Assignment> list) {
        return list.stream().map(a -> new AssignmentView(StaffView.Ref.of(a.staff()), StaffView.Ref.of(a.assignedBy()),
                show(a.assignedAt()), a.reason())).toList();
    }

    private static ConsultationView consultation(Consultation c) {
        return c == null ? null : new ConsultationView(c.sessionId(), StaffView.Ref.of(c.consultant()),
                show(c.startedAt()), c.videoKey(), show(c.videoAttachedAt()));
    }

    /** The order in full, or as billed (names and final prices: no discounts, remarks or who priced it). */
    private static OrderView order(Order o, boolean full) {
        return o == null ? null : new OrderView(o.items().stream().map(i -> new OrderItemView(i.catalogItemId(),
                i.name(), full ? i.listPrice() : null, full ? i.discountedPrice() : null, i.finalPrice(),
                full ? i.remark() : null)).toList(), o.total(),
                full ? StaffView.Ref.of(o.consultant()) : null, show(o.submittedAt()),
                full ? StaffView.Ref.of(o.reviewedBy()) : null, show(o.reviewedAt()), o.revision());
    }

    private static PaymentView payment(Payment p) {
        return new PaymentView(p.id(), p.method().name(), p.method().label(), p.amount(), p.remark(),
                p.loan() == null ? null : new LoanView(p.loan().periods(), p.loan().firstRepaymentDate().toString(),
                        p.loan().schedule().stream().map(s -> new InstallmentView(s.period(), s.dueDate().toString(),
                                s.amount())).toList()),
                p.loanId(), StaffView.Ref.of(p.by()), show(p.at()));
    }

    @Serdeable
    public record Customer(String name, String phone, String gender, Integer age, List<String> wantedItems,
                           String source, String notes) {
    }

    @Serdeable
    public record Arrival(String arrivalAt, String mode, String transportNo, String station) {
    }

    @Serdeable
    public record AssignmentView(StaffView.Ref staff, StaffView.Ref assignedBy, String assignedAt, String reason) {
    }

    @Serdeable
    public record Refusal(String reason, StaffView.Ref by, String at) {
    }

    @Serdeable
    public record ConsultationView(String sessionId, StaffView.Ref consultant, String startedAt, String videoKey,
                                   String videoAttachedAt) {
    }

    @Serdeable
    public record OrderItemView(String catalogItemId, String name, Long listPrice, Long discountedPrice,
                                long finalPrice, String remark) {
    }

    @Serdeable
    public record OrderView(List<OrderItemView> items, long total, StaffView.Ref consultant, String submittedAt,
                            StaffView.Ref reviewedBy, String reviewedAt, int revision) {
    }

    /** What the order costs, what was paid (refunds deducted) and the balance: positive due, negative owed back. */
    @Serdeable
    public record Money(long total, long paid, long balance) {
    }

    @Serdeable
    public record InstallmentView(int period, String dueDate, long amount) {
    }

    @Serdeable
    public record LoanView(int periods, String firstRepaymentDate, List<InstallmentView> schedule) {
    }

    @Serdeable
    public record PaymentView(String id, String method, String methodLabel, long amount, String remark,
                              LoanView loan, String loanId, StaffView.Ref by, String at) {
    }

    @Serdeable
    public record AdmissionView(String operationDate, StaffView.Ref owner, String notes, String at) {
    }

    @Serdeable
    public record RejectionView(String previousStage, String reason, StaffView.Ref by, String at) {
    }
}
