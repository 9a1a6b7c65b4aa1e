package com.clinic.aftersales.dynamodb;

import static com.clinic.platform.dynamodb.Attrs.instant;
import static com.clinic.platform.dynamodb.Attrs.item;
import static com.clinic.platform.dynamodb.Attrs.map;
import static com.clinic.platform.dynamodb.Attrs.maps;
import static com.clinic.platform.dynamodb.Attrs.num;
import static com.clinic.platform.dynamodb.Attrs.objects;
import static com.clinic.platform.dynamodb.Attrs.staff;
import static com.clinic.platform.dynamodb.Attrs.str;

import com.clinic.aftersales.loan.DunningContact;
import com.clinic.aftersales.loan.JourneyHold;
import com.clinic.aftersales.loan.LoanChange;
import com.clinic.aftersales.loan.LedgerEntry;
import com.clinic.aftersales.loan.LoanAccount;
import com.clinic.aftersales.loan.Repayment;
import com.clinic.aftersales.loan.RepaymentMethod;
import com.clinic.journey.dynamodb.VisitItems;
import com.clinic.journey.visit.Assigned;
import com.clinic.journey.visit.Installment;
import com.clinic.platform.ShanghaiTime;
import com.clinic.platform.dynamodb.Attrs;
import com.clinic.platform.dynamodb.ItemMapping;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * {@code LOAN#<payment id> / LOAN}: a loan account of the after-sales ledger, with its list keys
 * (docs/table-design.md): gsi1 every loan, gsi2 its owner's loans, gsi3 the overdue loans (sparse: only while a reported period
 * is unpaid), each sorted by when the loan was taken, read newest first. Beside it, {@code LOAN#<id> /
 * DUNNING#<contact>} and {@code RECOVERY#<repayment>} entries (gsi1 by Shanghai month) serve the lists across loans.
 */
public final class LoanItems {
    private LoanItems() {
    }

    static final String ALL = "LOANS";
    static final String OVERDUE = "LOANS#OVERDUE";
    static final String TO_SETTLE = "LOANS#TOSETTLE";

    static String ownerPartition(String staffId) {
        return "LOANOWNER#" + staffId;
    }

    /** The month partitions of the lists across loans (C-20 催款明细, C-21 追回记录), by Shanghai month. */
    static String dunningPartition(YearMonth month) {
        return "DUNNING#" + month;
    }

    static String recoveryPartition(YearMonth month) {
        return "RECOVERIES#" + month;
    }

    public static final ItemMapping<LoanAccount> MAPPING = new ItemMapping<>() {
        @Override
        public Map<String, AttributeValue> key(String id) {
            return Attrs.key("LOAN#" + id, "LOAN");
        }

        @Override
        public Map<String, AttributeValue> toItem(LoanAccount a) {
            String order = a.openedAt() + "#" + a.id();
            Attrs.Item i = item().put("pk", "LOAN#" + a.id()).put("sk", "LOAN").put("type", "LOAN").put("id", a.id())
                    .put("visitCode", a.visitCode()).put("customerId", a.customerId())
                    .put("customerName", a.customerName()).put("phone", a.phone()).put("principal", a.principal())
                    .putList("schedule", maps(a.schedule(), s -> item().put("period", s.period())
                            .put("dueDate", s.dueDate().toString()).put("amount", s.amount()).build()))
                    .put("owner", a.owner().current() == null ? null : staff(a.owner().current()))
                    .putList("ownerHistory", maps(a.owner().history(), VisitItems::assignment))
                    .putList("repayments", maps(a.repayments(), LoanItems::repayment))
                    .putList("dunning", maps(a.dunning(), LoanItems::contact))
                    .putList("overdueRaised", a.overdueRaised().stream().map(n -> Attrs.n(n)).toList())
                    .putList("changes", maps(a.changes(), LoanItems::change))
                    .put("hold", a.hold() == null ? null : item().put("rejected", a.hold().rejected())
                            .put("reason", a.hold().reason()).put("eventId", a.hold().eventId())
                            .put("at", a.hold().at()).build())
                    .put("status", a.status().name())
                    .put("openedAt", a.openedAt()).put("version", a.version())
                    .put("gsi1pk", ALL).put("gsi1sk", order);
            if (a.owner().current() != null) {
                i.put("gsi2pk", ownerPartition(a.owner().current().id())).put("gsi2sk", order);
            }
            if (a.status() == LoanAccount.Status.OVERDUE || a.status() == LoanAccount.Status.SUSPENDED) {
                i.put("gsi3pk", a.status() == LoanAccount.Status.OVERDUE ? OVERDUE : TO_SETTLE).put("gsi3sk", order);
            }
            return i.build();
        }

        /** A new dunning contact or recovery is also an entry of its month's list across loans. */
        @Override
        public List<Map<String, AttributeValue>> entries(LoanAccount before, LoanAccount after) {
            List<Map<String, AttributeValue>> out = new ArrayList<>();
            int contacts = before == null ? 0 : before.dunning().size();
            for (DunningContact c : after.dunning().subList(contacts, after.dunning().size())) {
                out.add(entry(after, "DUNNING#" + c.id(), dunningPartition(month(c.at())), c.at() + "#" + c.id())
                        .put("contact", contact(c)).build());
            }
            int received = before == null ? 0 : before.repayments().size();
            for (Repayment r : after.repayments().subList(received, after.repayments().size())) {
                if (r.recovery()) {
                    out.add(entry(after, "RECOVERY#" + r.id(), recoveryPartition(month(r.at())),
                            r.at() + "#" + r.id()).put("repayment", repayment(r)).build());
                }
            }
            return out;
        }

        @Override
        public LoanAccount fromItem(Map<String, AttributeValue> i) {
            return new LoanAccount(str(i, "id"), str(i, "visitCode"), str(i, "customerId"), str(i, "customerName"),
                    str(i, "phone"), num(i, "principal"), objects(i, "schedule", m -> new Installment(
                            num(m, "period").intValue(), LocalDate.parse(str(m, "dueDate")), num(m, "amount"))),
                    new Assigned(i.containsKey("owner") ? staff(map(i, "owner")) : null,
                            objects(i, "ownerHistory", VisitItems::assignment)),
                    objects(i, "repayments", LoanItems::repayment), objects(i, "dunning", LoanItems::contact),
                    Attrs.list(i, "overdueRaised").stream().map(v -> Integer.parseInt(v.n())).toList(),
                    objects(i, "changes", LoanItems::change), hold(map(i, "hold")), instant(i, "openedAt"),
                    num(i, "version"));
        }
    };

    private static Attrs.Item entry(LoanAccount a, String sk, String partition, String order) {
        return item().put("pk", "LOAN#" + a.id()).put("sk", sk).put("type", "LOANENTRY").put("loanId", a.id())
                .put("visitCode", a.visitCode()).put("customerName", a.customerName())
                .put("gsi1pk", partition).put("gsi1sk", order);
    }

    private static YearMonth month(java.time.Instant at) {
        return YearMonth.from(ShanghaiTime.dateOf(at));
    }

    static LedgerEntry<DunningContact> dunningEntry(Map<String, AttributeValue> i) {
        return new LedgerEntry<>(str(i, "loanId"), str(i, "visitCode"), str(i, "customerName"),
                contact(map(i, "contact")));
    }

    static LedgerEntry<Repayment> recoveryEntry(Map<String, AttributeValue> i) {
        return new LedgerEntry<>(str(i, "loanId"), str(i, "visitCode"), str(i, "customerName"),
                repayment(map(i, "repayment")));
    }

    private static Map<String, AttributeValue> repayment(Repayment r) {
        return item().put("id", r.id()).put("amount", r.amount()).put("method", r.method().name())
                .put("paidOn", r.paidOn().toString()).put("remark", r.remark()).put("recovery", r.recovery())
                .put("by", staff(r.by())).put("at", r.at()).build();
    }

    private static Repayment repayment(Map<String, AttributeValue> m) {
        return new Repayment(str(m, "id"), num(m, "amount"), RepaymentMethod.valueOf(str(m, "method")),
                LocalDate.parse(str(m, "paidOn")), str(m, "remark"), m.get("recovery").bool(), staff(map(m, "by")),
                instant(m, "at"));
    }

    private static Map<String, AttributeValue> change(LoanChange c) {
        return item().put("id", c.id()).put("kind", c.kind().name()).put("amount", c.amount())
                .put("returned", c.returned()).put("note", c.note()).put("by", staff(c.by())).put("at", c.at())
                .build();
    }

    private static LoanChange change(Map<String, AttributeValue> m) {
        return new LoanChange(str(m, "id"), LoanChange.Kind.valueOf(str(m, "kind")), num(m, "amount"),
                num(m, "returned"), str(m, "note"), staff(map(m, "by")), instant(m, "at"));
    }

    private static JourneyHold hold(Map<String, AttributeValue> m) {
        return m == null ? null : new JourneyHold(m.get("rejected").bool(), str(m, "reason"), str(m, "eventId"),
                instant(m, "at"));
    }

    private static Map<String, AttributeValue> contact(DunningContact c) {
        return item().put("id", c.id()).put("channel", c.channel().name()).put("outcome", c.outcome())
                .put("promisedOn", c.promisedOn() == null ? null : c.promisedOn().toString()).put("note", c.note())
                .put("by", staff(c.by())).put("at", c.at()).build();
    }

    private static DunningContact contact(Map<String, AttributeValue> m) {
        String promised = str(m, "promisedOn");
        return new DunningContact(str(m, "id"), DunningContact.Channel.valueOf(str(m, "channel")), str(m, "outcome"),
                promised == null ? null : LocalDate.parse(promised), str(m, "note"), staff(map(m, "by")),
                instant(m, "at"));
    }
}
