package com.clinic.journey.dynamodb;

import static com.clinic.platform.dynamodb.Attrs.instant;
import static com.clinic.platform.dynamodb.Attrs.item;
import static com.clinic.platform.dynamodb.Attrs.list;
import static com.clinic.platform.dynamodb.Attrs.map;
import static com.clinic.platform.dynamodb.Attrs.maps;
import static com.clinic.platform.dynamodb.Attrs.objects;
import static com.clinic.platform.dynamodb.Attrs.num;
import static com.clinic.platform.dynamodb.Attrs.staff;
import static com.clinic.platform.dynamodb.Attrs.str;

import com.clinic.journey.VisitRecords;
import com.clinic.journey.visit.Admission;
import com.clinic.journey.visit.ArrivalPlan;
import com.clinic.journey.visit.Assigned;
import com.clinic.journey.visit.Assignment;
import com.clinic.journey.visit.Consultation;
import com.clinic.journey.visit.CustomerProfile;
import com.clinic.journey.visit.ExamFile;
import com.clinic.journey.visit.Gender;
import com.clinic.journey.visit.Installment;
import com.clinic.journey.visit.Loan;
import com.clinic.journey.visit.Order;
import com.clinic.journey.visit.OrderItem;
import com.clinic.journey.visit.Payment;
import com.clinic.journey.visit.PaymentMethod;
import com.clinic.journey.visit.Payments;
import com.clinic.journey.visit.Photo;
import com.clinic.journey.visit.Refusal;
import com.clinic.journey.visit.Rejection;
import com.clinic.journey.visit.TransportMode;
import com.clinic.journey.visit.Visit;
import com.clinic.journey.visit.VisitStage;
import com.clinic.platform.Names;
import com.clinic.platform.ShanghaiTime;
import com.clinic.platform.dynamodb.Attrs;
import com.clinic.platform.dynamodb.ItemMapping;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The visit item and its index keys (see docs/table-design.md), all sparse: gsi1 is the work queue it waits in,
 * gsi2 its owner's list (the driver's day until the arrival, then the consultant's list until the order is
 * reviewed), gsi3 the front desk's expected arrivals of its day.
 */
public final class VisitItems {
    static final String SK = "VISIT";

    /** The visit's item mapping for the command path. */
    public static final ItemMapping<Visit> MAPPING = new ItemMapping<>() {
        @Override
        public Map<String, AttributeValue> key(String code) {
            return Attrs.key(pk(code), SK);
        }

        @Override
        public Map<String, AttributeValue> toItem(Visit v) {
            return VisitItems.toItem(v);
        }

        @Override
        public Visit fromItem(Map<String, AttributeValue> i) {
            return VisitItems.fromItem(i);
        }

        /** An admission (C-27) and a consultation video (C-28) are also entries of their month's lists. */
        @Override
        public List<Map<String, AttributeValue>> entries(Visit before, Visit after) {
            List<Map<String, AttributeValue>> out = new ArrayList<>();
            Admission a = after.admission();
            if (a != null && (before == null || before.admission() == null)) {
                out.add(entry(after, "ADMISSION", admissionsPartition(YearMonth.from(ShanghaiTime.dateOf(a.at()))),
                        a.at()).put("phone", after.customer().phone()).put("admission", admission(a)).build());
            }
            Consultation c = after.consultation();
            if (c != null && c.videoKey() != null && (before == null || before.consultation() == null
                    || !c.videoKey().equals(before.consultation().videoKey()))) {
                out.add(entry(after, "VIDEO#" + c.videoAttachedAt(), videosPartition(YearMonth.from(
                        ShanghaiTime.dateOf(c.videoAttachedAt()))), c.videoAttachedAt())
                        .put("consultant", staff(c.consultant())).put("at", c.videoAttachedAt()).build());
            }
            if (after.arrivedAt() != null && (before == null || before.arrivedAt() == null
                    || !before.customer().equals(after.customer()))) {
                out.add(visitor(after));
            }
            return out;
        }
    };

    /**
     * C-24 来院客户: {@code VISIT#<code> / VISITOR}, on gsi1 by the Shanghai month of arrival, gsi2 by mobile and gsi3
     * by normalised name ({@code VISITORS#…}, all {@code <arrivedAt>#<code>}); rewritten when the customer's basic
     * information is corrected, so the name key follows the name.
     */
    private static Map<String, AttributeValue> visitor(Visit v) {
        String order = v.arrivedAt() + "#" + v.code();
        return item().put("pk", pk(v.code())).put("sk", VISITOR).put("type", "VISITENTRY").put("code", v.code())
                .put("customerId", v.customerId()).put("customer", customer(v.customer())).put("walkIn", v.walkIn())
                .put("arrivedAt", v.arrivedAt())
                .put("gsi1pk", visitorsPartition(YearMonth.from(ShanghaiTime.dateOf(v.arrivedAt())))).put("gsi1sk", order)
                .put("gsi2pk", VISITORS + "PHONE#" + v.customer().phone()).put("gsi2sk", order)
                .put("gsi3pk", VISITORS + "NAME#" + Names.normalised(v.customer().name())).put("gsi3sk", order).build();
    }

    static final String VISITOR = "VISITOR";
    static final String VISITORS = "VISITORS#";

    static String visitorsPartition(YearMonth month) {
        return VISITORS + month;
    }

    static VisitRecords.VisitorEntry visitorEntry(Map<String, AttributeValue> i) {
        return new VisitRecords.VisitorEntry(str(i, "code"), str(i, "customerId"), customer(map(i, "customer")),
                i.get("walkIn").bool(), instant(i, "arrivedAt"));
    }

    /** The month partitions of the lists across visits (C-27 入院记录, C-28 咨询视频), by Shanghai month. */
    static String admissionsPartition(YearMonth month) {
        return "ADMISSIONS#" + month;
    }

    static String videosPartition(YearMonth month) {
        return "VIDEOS#" + month;
    }

    private static Attrs.Item entry(Visit v, String sk, String partition, Instant at) {
        return item().put("pk", pk(v.code())).put("sk", sk).put("type", "VISITENTRY").put("code", v.code())
                .put("customerName", v.customer().name()).put("gsi1pk", partition).put("gsi1sk", at + "#" + v.code());
    }

    static VisitRecords.AdmissionEntry admissionEntry(Map<String, AttributeValue> i) {
        return new VisitRecords.AdmissionEntry(str(i, "code"), str(i, "customerName"), str(i, "phone"),
                admission(map(i, "admission")));
    }

    static VisitRecords.VideoEntry videoEntry(Map<String, AttributeValue> i) {
        return new VisitRecords.VideoEntry(str(i, "code"), str(i, "customerName"), staff(map(i, "consultant")),
                instant(i, "at"));
    }
    private static final Set<VisitStage> DRIVER_LIST = EnumSet.of(VisitStage.DRIVER_ASSIGNED, VisitStage.PICKED_UP,
            VisitStage.ARRIVED);
    private static final Set<VisitStage> CONSULTANT_LIST = EnumSet.of(VisitStage.TRIAGED,
            VisitStage.IN_CONSULTATION, VisitStage.PRICE_REVIEW, VisitStage.PRICE_APPROVED);

    private VisitItems() {
    }

    static String pk(String code) {
        return "VISIT#" + code;
    }

    static String queuePartition(String queue) {
        return "QUEUE#" + queue;
    }

    static String driverDayPartition(String driverId, LocalDate day) {
        return "DRIVER#" + driverId + "#" + day;
    }

    static String consultantPartition(String consultantId) {
        return "CONSULTANT#" + consultantId;
    }

    static String expectedPartition(LocalDate day) {
        return "ARRIVALS#" + day;
    }

    static Map<String, AttributeValue> toItem(Visit v) {
        Attrs.Item item = item()
                .put("pk", pk(v.code())).put("sk", SK).put("type", "VISIT")
                .put("code", v.code()).put("customerId", v.customerId()).put("stage", v.stage().name())
                .put("version", v.version()).put("walkIn", v.walkIn())
                .put("customer", customer(v.customer()))
                .put("arrival", item().put("at", v.arrival().arrivalAt()).put("mode", v.arrival().mode().name())
                        .put("transportNo", v.arrival().transportNo()).put("station", v.arrival().station()).build())
                .put("bookedBy", staff(v.bookedBy()))
                .put("driver", staff(v.driver()))
                .putList("driverHistory", maps(v.driverHistory(), VisitItems::assignment))
                .put("pickedUpAt", v.pickedUpAt()).put("arrivedAt", v.arrivedAt())
                .put("consultant", staff(v.consultant()))
                .putList("consultantHistory", maps(v.consultantHistory(), VisitItems::assignment))
                .putList("photos", maps(v.photos(), p -> item().put("key", p.key()).put("type", p.contentType())
                        .put("size", p.size()).put("by", staff(p.by())).put("at", p.at()).build()))
                .put("photoRefusal", v.photoRefusal() == null ? null : item().put("reason", v.photoRefusal().reason())
                        .put("by", staff(v.photoRefusal().by())).put("at", v.photoRefusal().at()).build())
                .putList("exams", maps(v.exams(), e -> item().put("key", e.key()).put("size", e.size())
                        .put("at", e.at()).build()))
                .put("consultation", consultation(v.consultation()))
                .put("order", order(v.order()))
                .put("signedSheetKey", v.signedSheetKey())
                .putList("payments", maps(v.payments().all(), VisitItems::payment))
                .put("admission", v.admission() == null ? null : admission(v.admission()))
                .put("rejection", v.rejection() == null ? null : item()
                        .put("previousStage", v.rejection().previousStage().name())
                        .put("reason", v.rejection().reason()).put("by", staff(v.rejection().by()))
                        .put("at", v.rejection().at()).build())
                .put("createdAt", v.createdAt()).put("updatedAt", v.updatedAt());
        String order = v.arrival().arrivalAt() + "#" + v.code();
        if (v.workQueue() != null) {
            item.put("gsi1pk", queuePartition(v.workQueue())).put("gsi1sk", order);
        }
        if (v.driver() != null && DRIVER_LIST.contains(v.stage())) {
            item.put("gsi2pk", driverDayPartition(v.driver().id(), ShanghaiTime.dateOf(v.arrival().arrivalAt())))
                    .put("gsi2sk", order);
        } else if (v.consultant() != null && CONSULTANT_LIST.contains(v.stage())) {
            item.put("gsi2pk", consultantPartition(v.consultant().id())).put("gsi2sk", order);
        }
        if (VisitStage.EXPECTED.contains(v.stage())) {
            item.put("gsi3pk", expectedPartition(ShanghaiTime.dateOf(v.arrival().arrivalAt()))).put("gsi3sk", order);
        }
        return item.build();
    }

    static Visit fromItem(Map<String, AttributeValue> i) {
        Map<String, AttributeValue> a = map(i, "arrival");
        Map<String, AttributeValue> refusal = map(i, "photoRefusal");
        Map<String, AttributeValue> admission = map(i, "admission");
        Map<String, AttributeValue> rejection = map(i, "rejection");
        return new Visit(str(i, "code"), str(i, "customerId"), customer(map(i, "customer")),
                new ArrivalPlan(instant(a, "at"), TransportMode.valueOf(str(a, "mode")), str(a, "transportNo"),
                        str(a, "station")),
                i.get("walkIn") != null && i.get("walkIn").bool(),
                VisitStage.valueOf(str(i, "stage")),
                staff(map(i, "bookedBy")),
                new Assigned(staff(map(i, "driver")), objects(i, "driverHistory", VisitItems::assignment)),
                instant(i, "pickedUpAt"), instant(i, "arrivedAt"),
                new Assigned(staff(map(i, "consultant")), objects(i, "consultantHistory", VisitItems::assignment)),
                objects(i, "photos", p -> new Photo(str(p, "key"), str(p, "type"), num(p, "size"),
                        staff(map(p, "by")), instant(p, "at"))),
                refusal == null ? null : new Refusal(str(refusal, "reason"), staff(map(refusal, "by")),
                        instant(refusal, "at")),
                objects(i, "exams", e -> new ExamFile(str(e, "key"), num(e, "size"), instant(e, "at"))),
                consultation(map(i, "consultation")), order(map(i, "order")), str(i, "signedSheetKey"),
                new Payments(objects(i, "payments", VisitItems::payment)),
                admission == null ? null : admission(admission),
                rejection == null ? null : new Rejection(VisitStage.valueOf(str(rejection, "previousStage")),
                        str(rejection, "reason"), staff(map(rejection, "by")), instant(rejection, "at")),
                instant(i, "createdAt"), instant(i, "updatedAt"), num(i, "version"));
    }

    static Map<String, AttributeValue> customer(CustomerProfile c) {
        return item().put("name", c.name()).put("phone", c.phone()).put("gender", c.gender().name())
                .put("age", c.age()).putStrings("wantedItems", c.wantedItems()).put("source", c.source())
                .put("notes", c.notes()).build();
    }

    static CustomerProfile customer(Map<String, AttributeValue> c) {
        Long age = num(c, "age");
        return new CustomerProfile(str(c, "name"), str(c, "phone"), Gender.valueOf(str(c, "gender")),
                age == null ? null : age.intValue(), Attrs.strings(c, "wantedItems"), str(c, "source"),
                str(c, "notes"));
    }

    /** One entry of an assignment history (a visit's driver or consultant, a loan's owner). */
    public static Map<String, AttributeValue> assignment(Assignment a) {
        return item().put("staff", staff(a.staff())).put("by", staff(a.assignedBy())).put("at", a.assignedAt())
                .put("reason", a.reason()).build();
    }

    public static Assignment assignment(Map<String, AttributeValue> m) {
        return new Assignment(staff(map(m, "staff")), staff(map(m, "by")), instant(m, "at"), str(m, "reason"));
    }

    private static Map<String, AttributeValue> admission(Admission a) {
        return item().put("operationDate", a.operationDate().toString()).put("owner", staff(a.owner()))
                .put("notes", a.notes()).put("by", staff(a.by())).put("at", a.at()).build();
    }

    private static Admission admission(Map<String, AttributeValue> m) {
        return new Admission(LocalDate.parse(str(m, "operationDate")), staff(map(m, "owner")), str(m, "notes"),
                staff(map(m, "by")), instant(m, "at"));
    }

    private static Map<String, AttributeValue> consultation(Consultation c) {
        return c == null ? null : item().put("sessionId", c.sessionId()).put("consultant", staff(c.consultant()))
                .put("startedAt", c.startedAt()).put("videoKey", c.videoKey())
                .put("videoAttachedAt", c.videoAttachedAt()).build();
    }

    private static Consultation consultation(Map<String, AttributeValue> m) {
        return m == null ? null : new Consultation(str(m, "sessionId"), staff(map(m, "consultant")),
                instant(m, "startedAt"), str(m, "videoKey"), instant(m, "videoAttachedAt"));
    }

    private static Map<String, AttributeValue> order(Order o) {
        return o == null ? null : item()
                .putList("items", maps(o.items(), it -> item().put("catalogItemId", it.catalogItemId())
                        .put("name", it.name()).put("listPrice", it.listPrice())
                        .put("discountedPrice", it.discountedPrice()).put("remark", it.remark())
                        .put("finalPrice", it.finalPrice()).build()))
                .put("consultant", staff(o.consultant())).put("submittedAt", o.submittedAt())
                .put("reviewedBy", staff(o.reviewedBy())).put("reviewedAt", o.reviewedAt())
                .put("revision", o.revision()).build();
    }

    private static Order order(Map<String, AttributeValue> m) {
        return m == null ? null : new Order(
                objects(m, "items", it -> new OrderItem(str(it, "catalogItemId"), str(it, "name"),
                        num(it, "listPrice"), num(it, "discountedPrice"), str(it, "remark"), num(it, "finalPrice"))),
                staff(map(m, "consultant")), instant(m, "submittedAt"), staff(map(m, "reviewedBy")),
                instant(m, "reviewedAt"), num(m, "revision").intValue());
    }

    private static Map<String, AttributeValue> payment(Payment p) {
        Loan l = p.loan();
        return item().put("id", p.id()).put("method", p.method().name()).put("amount", p.amount())
                .put("remark", p.remark()).put("loanId", p.loanId()).put("by", staff(p.by())).put("at", p.at())
                .put("loan", l == null ? null : item().put("periods", l.periods())
                        .put("first", l.firstRepaymentDate().toString())
                        .putList("schedule", maps(l.schedule(), s -> item().put("period", s.period())
                                .put("due", s.dueDate().toString()).put("amount", s.amount()).build()))
                        .build())
                .build();
    }

    private static Payment payment(Map<String, AttributeValue> m) {
        Map<String, AttributeValue> l = map(m, "loan");
        Loan loan = l == null ? null : new Loan(num(l, "periods").intValue(), LocalDate.parse(str(l, "first")),
                objects(l, "schedule", s -> new Installment(num(s, "period").intValue(),
                        LocalDate.parse(str(s, "due")), num(s, "amount"))));
        return new Payment(str(m, "id"), PaymentMethod.valueOf(str(m, "method")), num(m, "amount"), str(m, "remark"),
                loan, str(m, "loanId"), staff(map(m, "by")), instant(m, "at"));
    }
}
