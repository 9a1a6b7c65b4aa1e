package com.clinic.aftersales.dynamodb;

import static com.clinic.platform.dynamodb.Attrs.item;
import static com.clinic.platform.dynamodb.Attrs.str;

import com.clinic.aftersales.loan.LoanAccount;
import com.clinic.journey.visit.Installment;
import com.clinic.platform.dynamodb.Attrs;
import com.clinic.platform.dynamodb.ItemMapping;
import java.time.LocalDate;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** {@code LOAN#<payment id> / LOAN}: a loan account of the after-sales ledger. */
public final class LoanItems {
    private LoanItems() {
    }

    public static final ItemMapping<LoanAccount> MAPPING = new ItemMapping<>() {
        @Override
        public Map<String, AttributeValue> key(String id) {
            return Attrs.key("LOAN#" + id, "LOAN");
        }

        @Override
        public Map<String, AttributeValue> toItem(LoanAccount a) {
            Attrs.Item i = item().put("pk", "LOAN#" + a.id()).put("sk", "LOAN").put("type", "LOAN").put("id", a.id())
                    .put("visitCode", a.visitCode()).put("customerId", a.customerId())
                    .put("customerName", a.customerName()).put("phone", a.phone()).put("principal", a.principal())
                    .putList("schedule", a.schedule().stream().map(s -> AttributeValue.fromM(item()
                            .put("period", s.period()).put("dueDate", s.dueDate().toString()).put("amount", s.amount())
                            .build())).toList())
                    .put("openedAt", a.openedAt()).put("version", a.version());
            if (a.owner() != null) {
                i.put("owner", Attrs.staff(a.owner()));
            }
            return i.build();
        }

        @Override
        public LoanAccount fromItem(Map<String, AttributeValue> i) {
            return new LoanAccount(str(i, "id"), str(i, "visitCode"), str(i, "customerId"), str(i, "customerName"),
                    str(i, "phone"), Attrs.num(i, "principal"), Attrs.list(i, "schedule").stream().map(AttributeValue::m)
                    .map(m -> new Installment(Attrs.num(m, "period").intValue(), LocalDate.parse(str(m, "dueDate")),
                            Attrs.num(m, "amount"))).toList(),
                    i.containsKey("owner") ? Attrs.staff(Attrs.map(i, "owner")) : null,
                    Attrs.instant(i, "openedAt"), Attrs.num(i, "version"));
        }
    };
}
