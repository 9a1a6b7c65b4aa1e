package com.clinic.aftersales.dynamodb;

import static com.clinic.platform.dynamodb.Attrs.instant;
import static com.clinic.platform.dynamodb.Attrs.item;
import static com.clinic.platform.dynamodb.Attrs.map;
import static com.clinic.platform.dynamodb.Attrs.maps;
import static com.clinic.platform.dynamodb.Attrs.num;
import static com.clinic.platform.dynamodb.Attrs.objects;
import static com.clinic.platform.dynamodb.Attrs.staff;
import static com.clinic.platform.dynamodb.Attrs.str;

import com.clinic.aftersales.customer.CustomerLevels;
import com.clinic.aftersales.customer.PayingCustomer;
import com.clinic.aftersales.customer.PayingCustomers;
import com.clinic.platform.AuditRecord;
import com.clinic.platform.InvalidInput;
import com.clinic.platform.Names;
import com.clinic.platform.Page;
import com.clinic.platform.PageRequest;
import com.clinic.platform.ShanghaiTime;
import com.clinic.platform.dynamodb.Attrs;
import com.clinic.platform.dynamodb.ClinicTable;
import com.clinic.platform.dynamodb.DynamoAggregateStore;
import com.clinic.platform.dynamodb.ItemMapping;
import com.clinic.platform.dynamodb.KeptListItems;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * C-16: {@code PAYING#<customerId> / CUSTOMER}, on gsi1 {@code PAYING#<yyyy-MM>} by the Shanghai month of the last
 * payment (so it moves up when the customer pays again), gsi2 {@code PAYING#PHONE#<mobile>} and gsi3
 * {@code PAYING#NAME#<normalised name>}, all {@code <lastPaidAt>#<id>}. Each paid visit has a lookup item
 * {@code PAYINGVISIT#<code> / PAYINGVISIT} naming its customer, written with the payment. The level catalogue is
 * {@code CUSTOMERLEVELS / CUSTOMERLEVELS}.
 */
public final class PayingCustomerItems {
    static final String LIST = "PAYING#";
    /** A date range reads at most this many days of months. */
    static final int MAX_RANGE_DAYS = 366;

    private PayingCustomerItems() {
    }

    public static final ItemMapping<PayingCustomer> MAPPING = new ItemMapping<>() {
        @Override
        public Map<String, AttributeValue> key(String id) {
            return Attrs.key(LIST + id, "CUSTOMER");
        }

        @Override
        public Map<String, AttributeValue> toItem(PayingCustomer c) {
            String order = c.lastPaidAt() + "#" + c.id();
            Attrs.Item item = item().put("pk", LIST + c.id()).put("sk", "CUSTOMER").put("type", "PAYINGCUSTOMER")
                    .put("id", c.id()).put("name", c.name()).put("phone", c.phone()).put("source", c.source())
                    .putList("payments", maps(c.payments(), p -> item().put("eventId", p.eventId())
                            .put("visitCode", p.visitCode()).put("amount", p.amount()).put("at", p.at()).build()))
                    .putList("orders", maps(c.orders(), o -> item().put("visitCode", o.visitCode())
                            .put("total", o.total()).put("revision", o.revision()).build()))
                    .putList("corrections", maps(c.corrections(), x -> item().put("eventId", x.eventId())
                            .put("visitCode", x.visitCode()).put("nameBefore", x.nameBefore())
                            .put("sourceBefore", x.sourceBefore()).put("name", x.name()).put("source", x.source())
                            .put("by", staff(x.by())).put("at", x.at()).build()))
                    .putList("levelHistory", maps(c.levelHistory(), PayingCustomerItems::level))
                    .put("version", c.version())
                    .put("gsi1pk", LIST + YearMonth.from(ShanghaiTime.dateOf(c.lastPaidAt()))).put("gsi1sk", order)
                    .put("gsi2pk", LIST + "PHONE#" + c.phone()).put("gsi2sk", order)
                    .put("gsi3pk", LIST + "NAME#" + Names.normalised(c.name())).put("gsi3sk", order);
            if (c.level() != null) {
                item.put("level", level(c.level()));
            }
            return item.build();
        }

        /** The visit lookups of the payments the change adds. */
        @Override
        public List<Map<String, AttributeValue>> entries(PayingCustomer before, PayingCustomer after) {
            List<Map<String, AttributeValue>> out = new ArrayList<>();
            int known = before == null ? 0 : before.payments().size();
            for (PayingCustomer.Payment p : after.payments().subList(known, after.payments().size())) {
                if (before == null || before.payments().stream().noneMatch(b -> b.visitCode().equals(p.visitCode()))) {
                    out.add(item().put("pk", "PAYINGVISIT#" + p.visitCode()).put("sk", "PAYINGVISIT")
                            .put("type", "PAYINGVISIT").put("customerId", after.id()).build());
                }
            }
            return out;
        }

        @Override
        public PayingCustomer fromItem(Map<String, AttributeValue> i) {
            return new PayingCustomer(str(i, "id"), str(i, "name"), str(i, "phone"), str(i, "source"),
                    objects(i, "payments", m -> new PayingCustomer.Payment(str(m, "eventId"), str(m, "visitCode"),
                            num(m, "amount"), instant(m, "at"))),
                    objects(i, "orders", m -> new PayingCustomer.Order(str(m, "visitCode"), num(m, "total"),
                            num(m, "revision").intValue())),
                    objects(i, "corrections", m -> new PayingCustomer.Correction(str(m, "eventId"),
                            str(m, "visitCode"), str(m, "nameBefore"), str(m, "sourceBefore"), str(m, "name"),
                            str(m, "source"), staff(map(m, "by")), instant(m, "at"))),
                    i.containsKey("level") ? level(map(i, "level")) : null,
                    objects(i, "levelHistory", PayingCustomerItems::level), num(i, "version"));
        }
    };

    public static final KeptListItems<CustomerLevels, CustomerLevels.Entry> LEVELS = new KeptListItems<>(
            "CUSTOMERLEVELS", "levels", e -> item().put("code", e.code()).put("name", e.name())
            .put("description", e.description()).build(),
            m -> new CustomerLevels.Entry(str(m, "code"), str(m, "name"), str(m, "description")),
            CustomerLevels::new);

    private static Map<String, AttributeValue> level(PayingCustomer.Level l) {
        return item().put("code", l.code()).put("name", l.name()).put("remark", l.remark()).put("by", staff(l.by()))
                .put("at", l.at()).build();
    }

    private static PayingCustomer.Level level(Map<String, AttributeValue> m) {
        return new PayingCustomer.Level(str(m, "code"), str(m, "name"), str(m, "remark"), staff(map(m, "by")),
                instant(m, "at"));
    }

    /** The list's queries: by mobile, by name, or by the days of the last payment across month partitions. */
    public static PayingCustomers.PayingCustomerList list(ClinicTable table, DynamoAggregateStore store) {
        return new PayingCustomers.PayingCustomerList() {
            @Override
            public List<AuditRecord> auditTrail(String id) {
                return store.auditTrail(MAPPING, id);
            }

            @Override
            public Page<PayingCustomer> find(PayingCustomers.Query q, PageRequest page) {
                if (q.phone() != null) {
                    return table.query("gsi2", "gsi2pk", LIST + "PHONE#" + q.phone(), page, false, MAPPING::fromItem);
                }
                if (q.name() != null) {
                    return table.query("gsi3", "gsi3pk", LIST + "NAME#" + Names.normalised(q.name()), page, false,
                            MAPPING::fromItem);
                }
                if (q.to().isBefore(q.from())) {
                    throw InvalidInput.of("to", "must not be before from");
                }
                if (ChronoUnit.DAYS.between(q.from(), q.to()) >= MAX_RANGE_DAYS) {
                    throw InvalidInput.of("to", "a range covers at most " + MAX_RANGE_DAYS + " days");
                }
                return table.queryMonths("gsi1", "gsi1pk", LIST, YearMonth.from(q.to()), YearMonth.from(q.from()),
                        ClinicTable.Range.between(ShanghaiTime.startOf(q.from()), ShanghaiTime.startOf(
                                q.to().plusDays(1))), page, MAPPING::fromItem);
            }

            @Override
            public Optional<String> customerOf(String visitCode) {
                Map<String, AttributeValue> i = table.client().getItem(b -> b.tableName(table.name())
                        .consistentRead(true).key(Attrs.key("PAYINGVISIT#" + visitCode, "PAYINGVISIT"))).item();
                return i == null || i.isEmpty() ? Optional.empty() : Optional.of(str(i, "customerId"));
            }
        };
    }
}
