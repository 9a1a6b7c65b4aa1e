package com.clinic.program.dynamodb;

import com.clinic.program.ProgramList;
import com.clinic.program.ArchiveStatus;
import static com.clinic.platform.dynamodb.Attrs.instant;
import static com.clinic.platform.dynamodb.Attrs.item;
import static com.clinic.platform.dynamodb.Attrs.map;
import static com.clinic.platform.dynamodb.Attrs.maps;
import static com.clinic.platform.dynamodb.Attrs.num;
import static com.clinic.platform.dynamodb.Attrs.objects;
import static com.clinic.platform.dynamodb.Attrs.staff;
import static com.clinic.platform.dynamodb.Attrs.str;

import com.clinic.platform.Page;
import com.clinic.platform.PageRequest;
import com.clinic.platform.dynamodb.Attrs;
import com.clinic.platform.dynamodb.ClinicTable;
import com.clinic.platform.dynamodb.ItemMapping;
import com.clinic.program.Contract;
import com.clinic.program.PlanDays;
import com.clinic.program.Deadline;
import com.clinic.program.Delivery;
import com.clinic.program.archive.HealthArchive;
import com.clinic.program.PaidOrder;
import com.clinic.program.Plan;
import com.clinic.program.Program;
import com.clinic.program.group.ProgramGroup;
import com.clinic.program.order.Programs;
import com.clinic.program.Step;
import com.clinic.program.Team;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * {@code PROGRAM#<id> / PROGRAM}: a program with its order, stage and deadlines. Lists: gsi1 {@code PROGRAMS#<stage>}
 * (a work queue, oldest order first), gsi2 {@code PROGRAMS#OVERDUE} while a deadline reported overdue is undone
 * (longest overdue first), gsi3 {@code PROGRAMS#CUSTOMER#<customerId>} (the customer's own).
 */
public final class ProgramItems {
    private ProgramItems() {
    }

    public static final ItemMapping<Program> MAPPING = new ItemMapping<>() {
        @Override
        public Map<String, AttributeValue> key(String id) {
            return Attrs.key("PROGRAM#" + id, "PROGRAM");
        }

        @Override
        public Map<String, AttributeValue> toItem(Program p) {
            PaidOrder o = p.order();
            PaidOrder.Payment pay = o.payment();
            String order = p.receivedAt() + "#" + p.id();
            Attrs.Item item = item().put("pk", "PROGRAM#" + p.id()).put("sk", "PROGRAM").put("type", "PROGRAM")
                    .put("id", p.id()).put("stage", p.stage().name())
                    .put("order", item().put("orderNo", o.orderNo()).put("channel", o.channel().name())
                            .put("customerId", o.customerId()).put("customerName", o.customerName())
                            .put("phone", o.phone()).put("product", o.product()).put("amount", o.amount())
                            .put("payment", item().put("channel", pay.channel().name()).put("amount", pay.amount())
                                    .put("payerName", pay.payerName()).put("payerPhone", pay.payerPhone())
                                    .put("reference", pay.reference()).put("paidAt", pay.paidAt()).build())
                            .build())
                    .put("contractType", p.contractType() == null ? null : p.contractType().name())
                    .put("verified", p.verified())
                    .putList("team", team(p.team()))
                    .put("contract", item().put("status", p.contract().status().name())
                            .put("scanKey", p.contract().scanKey()).put("scanBytes", p.contract().scanBytes())
                            .put("unreadableReason", p.contract().unreadableReason())
                            .put("by", p.contract().by() == null ? null : staff(p.contract().by()))
                            .put("at", p.contract().at()).put("textVersion", p.contract().textVersion())
                            .put("textDigest", p.contract().textDigest())
                            .put("customer", signed(p.contract().customer()))
                            .put("company", signed(p.contract().company()))
                            .put("pdfJobId", p.contract().pdfJobId()).build())
                    .put("archive", p.archive().name())
                    .putList("plans", maps(p.plans(), ProgramItems::plan))
                    .put("delivery", delivery(p.delivery()))
                    .put("start", p.days() == null ? null : p.days().start().toString())
                    .put("endedOn", p.days() == null || p.days().endedOn() == null ? null
                            : p.days().endedOn().toString())
                    .putList("deadlines", maps(p.deadlines(), d -> item().put("n", d.n()).put("step", d.step().name())
                            .put("openedAt", d.openedAt()).put("dueAt", d.dueAt()).put("doneAt", d.doneAt())
                            .put("overdueAt", d.overdueAt())
                            .build()))
                    .put("receivedBy", staff(p.receivedBy())).put("receivedAt", p.receivedAt())
                    .put("version", p.version())
                    .put("gsi1pk", "PROGRAMS#" + p.stage()).put("gsi1sk", order)
                    .put("gsi3pk", "PROGRAMS#CUSTOMER#" + o.customerId()).put("gsi3sk", order);
            if (p.hold() != null) {
                item.put("hold", item().putList("mismatches", p.hold().mismatches().stream().map(Attrs::s).toList())
                        .put("by", staff(p.hold().by())).put("at", p.hold().at()).build());
            }
            Optional<Deadline> overdue = p.deadlines().stream().filter(d -> d.open() && d.overdueAt() != null)
                    .min(Comparator.comparing(Deadline::dueAt));
            overdue.ifPresent(d -> item.put("gsi2pk", "PROGRAMS#OVERDUE").put("gsi2sk", d.dueAt() + "#" + p.id()));
            return item.build();
        }

        /** The group messages the change brings (the archive link, the shipment notice, a follow-up), once. */
        @Override
        public java.util.List<Map<String, AttributeValue>> entries(Program before, Program after) {
            return ProgramGroup.broughtBy(before, after).stream().map(DynamoGroupMessages::itemOf).toList();
        }

        @Override
        public Program fromItem(Map<String, AttributeValue> i) {
            Map<String, AttributeValue> o = map(i, "order");
            Map<String, AttributeValue> pay = map(o, "payment");
            Map<String, AttributeValue> hold = i.containsKey("hold") ? map(i, "hold") : null;
            return new Program(str(i, "id"), new PaidOrder(str(o, "orderNo"),
                    Program.Channel.valueOf(str(o, "channel")), str(o, "customerId"), str(o, "customerName"),
                    str(o, "phone"), str(o, "product"), num(o, "amount"), new PaidOrder.Payment(
                            Program.Channel.valueOf(str(pay, "channel")), num(pay, "amount"), str(pay, "payerName"),
                            str(pay, "payerPhone"), str(pay, "reference"), instant(pay, "paidAt"))),
                    Program.Stage.valueOf(str(i, "stage")),
                    i.containsKey("contractType") ? Program.ContractType.valueOf(str(i, "contractType")) : null,
                    hold == null ? null : new Program.Hold(Attrs.strings(hold, "mismatches"), staff(map(hold, "by")),
                            instant(hold, "at")),
                    i.get("verified").bool(),
                    team(i),
                    contract(map(i, "contract")),
                    i.containsKey("archive") ? ArchiveStatus.valueOf(str(i, "archive"))
                            : ArchiveStatus.EMPTY, objects(i, "plans", ProgramItems::plan),
                    i.containsKey("delivery") ? delivery(map(i, "delivery")) : null,
                    i.containsKey("start") ? new PlanDays(LocalDate.parse(str(i, "start")),
                            i.containsKey("endedOn") ? LocalDate.parse(str(i, "endedOn")) : null) : null,
                    objects(i, "deadlines", m -> new Deadline(num(m, "n").intValue(), Step.valueOf(str(m, "step")),
                            instant(m, "openedAt"), instant(m, "dueAt"), instant(m, "doneAt"), instant(m, "overdueAt"))),
                    staff(map(i, "receivedBy")), instant(i, "receivedAt"), num(i, "version"));
        }
    };

    /** A program's team, as the program and its course keep it. */
    static java.util.List<AttributeValue> team(Team t) {
        return maps(t.invitations(), i -> item().put("seat", i.seat().name()).put("member", staff(i.member()))
                .put("status", i.status().name()).put("invitedAt", i.invitedAt()).put("answeredAt", i.answeredAt())
                .put("attempt", i.attempt()).build());
    }

    static Team team(Map<String, AttributeValue> item) {
        return new Team(objects(item, "team", m -> new Team.Invitation(Team.Seat.valueOf(str(m, "seat")),
                staff(map(m, "member")), Team.Status.valueOf(str(m, "status")), instant(m, "invitedAt"),
                instant(m, "answeredAt"), num(m, "attempt").intValue())));
    }

    static Map<String, AttributeValue> plan(Plan p) {
        return item().put("version", p.version()).put("templateId", p.templateId()).put("days", p.days())
                .put("content", content(p.content())).put("by", staff(p.by())).put("submittedAt", p.submittedAt())
                .build();
    }

    static Plan plan(Map<String, AttributeValue> m) {
        Plan.Content c = content(map(m, "content"));
        return new Plan(num(m, "version").intValue(), str(m, "templateId"), num(m, "days").intValue(),
                c.mealPlanType(), c.diet(), c.exercise(), c.sleep(), c.mind(), c.goods(), staff(map(m, "by")),
                instant(m, "submittedAt"));
    }

    static Map<String, AttributeValue> content(Plan.Content c) {
        return item().put("mealPlanType", c.mealPlanType()).put("diet", c.diet()).put("exercise", c.exercise())
                .put("sleep", c.sleep()).put("mind", c.mind())
                .putList("goods", maps(c.goods(), g -> item().put("name", g.name()).put("quantity", g.quantity())
                        .build())).build();
    }

    static Plan.Content content(Map<String, AttributeValue> m) {
        return new Plan.Content(str(m, "mealPlanType"), str(m, "diet"), str(m, "exercise"), str(m, "sleep"),
                str(m, "mind"), objects(m, "goods", g -> new Plan.Goods(str(g, "name"), num(g, "quantity").intValue())));
    }

    private static Map<String, AttributeValue> delivery(Delivery d) {
        if (d == null) {
            return null;
        }
        Delivery.Packing k = d.packing();
        Delivery.Shipment sh = d.shipment();
        return item().put("method", d.method().name()).put("pickupPoint", d.pickupPoint()).put("pickupAt", d.pickupAt())
                .put("address", d.address()).put("recipient", d.recipient()).put("recipientPhone", d.recipientPhone())
                .put("chosenBy", staff(d.chosenBy())).put("chosenAt", d.chosenAt())
                .put("packing", k == null ? null : item().put("planVersion", k.planVersion())
                        .put("carrierCode", k.carrierCode()).put("carrierName", k.carrierName())
                        .put("trackingNo", k.trackingNo()).put("pickupPoint", k.pickupPoint())
                        .put("pickupAt", k.pickupAt()).put("by", staff(k.by())).put("at", k.at()).build())
                .put("shipment", sh == null ? null : item().putStrings("photoKeys", sh.photoKeys())
                        .put("by", staff(sh.by())).put("at", sh.at()).build())
                .putList("followUps", maps(d.followUps(), f -> item().put("text", f.text())
                        .put("privately", f.privately()).put("by", staff(f.by())).put("at", f.at()).build()))
                .put("receivedAt", d.receivedAt()).build();
    }

    private static Delivery delivery(Map<String, AttributeValue> m) {
        Map<String, AttributeValue> k = m.containsKey("packing") ? map(m, "packing") : null;
        Map<String, AttributeValue> sh = m.containsKey("shipment") ? map(m, "shipment") : null;
        return new Delivery(Delivery.Method.valueOf(str(m, "method")), str(m, "pickupPoint"), instant(m, "pickupAt"),
                str(m, "address"), str(m, "recipient"), str(m, "recipientPhone"), staff(map(m, "chosenBy")),
                instant(m, "chosenAt"), k == null ? null : new Delivery.Packing(num(k, "planVersion").intValue(),
                str(k, "carrierCode"), str(k, "carrierName"), str(k, "trackingNo"), str(k, "pickupPoint"),
                instant(k, "pickupAt"), staff(map(k, "by")), instant(k, "at")),
                sh == null ? null : new Delivery.Shipment(Attrs.strings(sh, "photoKeys"), staff(map(sh, "by")),
                        instant(sh, "at")),
                objects(m, "followUps", f -> new Delivery.FollowUp(str(f, "text"), f.get("privately").bool(),
                        staff(map(f, "by")), instant(f, "at"))), instant(m, "receivedAt"));
    }

    private static Contract contract(Map<String, AttributeValue> c) {
        return new Contract(Contract.Status.valueOf(str(c, "status")), str(c, "scanKey"), num(c, "scanBytes"),
                str(c, "unreadableReason"), c.containsKey("by") ? staff(map(c, "by")) : null, instant(c, "at"),
                str(c, "textVersion"), str(c, "textDigest"), signed(c, "customer"), signed(c, "company"),
                str(c, "pdfJobId"));
    }

    private static Map<String, AttributeValue> signed(Contract.Signed s) {
        return s == null ? null : item().put("id", s.id()).put("name", s.name()).put("at", s.at()).build();
    }

    private static Contract.Signed signed(Map<String, AttributeValue> c, String name) {
        if (!c.containsKey(name)) {
            return null;
        }
        Map<String, AttributeValue> s = map(c, name);
        return new Contract.Signed(str(s, "id"), str(s, "name"), instant(s, "at"));
    }

    public static ProgramList list(ClinicTable table) {
        return new ProgramList() {
            @Override
            public Page<Program> atStage(Program.Stage stage, PageRequest page) {
                return table.query("gsi1", "gsi1pk", "PROGRAMS#" + stage, page, MAPPING::fromItem);
            }

            @Override
            public Page<Program> overdue(PageRequest page) {
                return table.query("gsi2", "gsi2pk", "PROGRAMS#OVERDUE", page, MAPPING::fromItem);
            }

            @Override
            public Page<Program> ofCustomer(String customerId, PageRequest page) {
                return table.query("gsi3", "gsi3pk", "PROGRAMS#CUSTOMER#" + customerId, page, false,
                        MAPPING::fromItem);
            }
        };
    }
}
