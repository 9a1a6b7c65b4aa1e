package com.clinic.aftersales.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinic.aftersales.customer.CustomerLevels;
import com.clinic.aftersales.customer.PayingCustomer;
import com.clinic.aftersales.customer.PayingCustomerKind;
import com.clinic.aftersales.customer.PayingCustomers;
import com.clinic.emulators.AdjustableClock;
import com.clinic.journey.PaymentCollected;
import com.clinic.journey.visit.PaymentMethod;
import com.clinic.platform.Actor;
import com.clinic.platform.InvalidInput;
import com.clinic.platform.Page;
import com.clinic.platform.PageRequest;
import com.clinic.platform.Role;
import com.clinic.platform.ShanghaiTime;
import com.clinic.platform.StaffRef;
import com.clinic.platform.aws.EmulatedAws;
import com.clinic.platform.command.Commands;
import com.clinic.platform.dynamodb.ClinicTable;
import com.clinic.platform.dynamodb.DynamoAggregateStore;
import com.clinic.platform.notification.Notification;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * C-16 on DynamoDB Local: payers recorded once per payment event, found by days of the last payment across month
 * partitions (paged without loss or repeat), by mobile typed any way, by name (normalised) and by visit code; a
 * level from the catalogue set with its history.
 */
class PayingCustomersTest {
    static final String TABLE = EmulatedAws.ref("ClinicTable");
    final AdjustableClock clock = new AdjustableClock();
    final DynamoAggregateStore store = new DynamoAggregateStore(EmulatedAws.dynamo(), TABLE,
            o -> ((Notification) o).id(), Map.of(PayingCustomerKind.CUSTOMER.name(), PayingCustomerItems.MAPPING,
            PayingCustomerKind.LEVELS.name(), PayingCustomerItems.LEVELS));
    final PayingCustomers customers = new PayingCustomers(new Commands<>(PayingCustomerKind.CUSTOMER, store, clock),
            new Commands<>(PayingCustomerKind.LEVELS, store, clock),
            PayingCustomerItems.list(new ClinicTable(EmulatedAws.dynamo(), TABLE), store));
    final String run = UUID.randomUUID().toString().substring(0, 8);
    static final StaffRef DESK = new StaffRef("f1", "周前台");

    PaymentCollected payment(String n, String visit, String name, String phone, String day) {
        return new PaymentCollected(visit + "-" + n, visit, "C-" + run + "-" + name.hashCode(), name, phone,
                null, List.of(new PaymentCollected.Line("p" + n, PaymentMethod.CASH, 100_000, null, null, List.of())),
                100_000, DESK,
                LocalDate.parse(day).atTime(15, 0).atZone(ShanghaiTime.ZONE).toInstant());
    }

    @Test
    void aDateRangeAcrossMonthsPagesNewestFirstWithoutLossOrRepeat() {
        // unique days far from other tests' data: the 2031 partitions are this test's alone
        List<String> days = List.of("2031-01-30", "2031-02-02", "2031-02-27", "2031-03-01", "2031-03-31",
                "2031-04-01");
        for (int i = 0; i < days.size(); i++) {
            String phone = String.format("1371%03d%04d", Math.abs(run.hashCode()) % 1000, i);
            assertTrue(customers.recordFrom(payment("1", "V" + run + "-" + i, "客户" + run + i, phone, days.get(i))));
        }
        List<String> seen = new ArrayList<>();
        String token = null;
        do {
            Page<PayingCustomer> page = customers.find(new PayingCustomers.Query(LocalDate.parse("2031-02-01"),
                    LocalDate.parse("2031-03-31"), null, null), new PageRequest(2, token));
            page.items().forEach(c -> seen.add(ShanghaiTime.dateOf(c.lastPaidAt()).toString()));
            token = page.next();
        } while (token != null);
        assertEquals(List.of("2031-03-31", "2031-03-01", "2031-02-27", "2031-02-02"), seen,
                "in range, newest first, each once; 01-30 and 04-01 are outside");
        assertThrows(InvalidInput.class, () -> customers.find(new PayingCustomers.Query(LocalDate.parse("2031-02-01"),
                LocalDate.parse("2031-03-31"), null, null), new PageRequest(2, "2029-01.")), "a forged token");
        assertThrows(InvalidInput.class, () -> customers.find(new PayingCustomers.Query(LocalDate.parse("2030-01-01"),
                LocalDate.parse("2031-03-31"), null, null), new PageRequest(2, null)), "more than a year");
    }

    @Test
    void aPayerIsRecordedOncePerEventAndFoundByPhoneNameAndCode() {
        String phone = String.format("1392%07d", Math.abs(run.hashCode()) % 10_000_000);
        String name = "欧阳" + run;
        PaymentCollected first = payment("1", "V" + run + "-A", name, phone, "2026-11-20");
        assertTrue(customers.recordFrom(first));
        assertFalse(customers.recordFrom(first), "a re-delivered event records nothing");
        assertTrue(customers.recordFrom(payment("2", "V" + run + "-B", name, phone, "2026-11-21")));
        PayingCustomer c = customers.byVisit("V" + run + "-A").items().get(0);
        assertEquals(200_000, c.paid());
        assertEquals(2, c.payments().size());
        assertEquals(c.id(), customers.find(new PayingCustomers.Query(null, null, phone, null), new PageRequest(5,
                null)).items().get(0).id());
        String typed = "欧 阳" + run.toUpperCase().replace("A", "Ａ");
        assertEquals(List.of(c.id()), customers.find(new PayingCustomers.Query(null, null, null, typed.toLowerCase()),
                new PageRequest(5, null)).items().stream().map(PayingCustomer::id).toList(), "spaces, full width");
        assertTrue(customers.byVisit("V" + run + "-X").items().isEmpty());
    }

    @Test
    void aLevelComesFromTheCatalogueAndTheReplacedOneIsKept() {
        Actor boss = new Actor("s1", "超管", Set.of(Role.SUPER_ADMIN));
        Actor chen = new Actor("a1", "陈售后", Set.of(Role.AFTER_SALES));
        CustomerLevels levels = customers.levels();
        List<CustomerLevels.Entry> list = List.of(new CustomerLevels.Entry("VIP", "贵宾", null),
                new CustomerLevels.Entry("GOLD" + run.substring(0, 3).toUpperCase().replaceAll("[^A-Z0-9]", "X"),
                        "金卡", null));
        customers.replaceLevels(boss, levels.version(), new CustomerLevels.Form(list), null);
        PaymentCollected p = payment("1", "V" + run + "-L", "李" + run, "13800138000", "2026-11-20");
        customers.recordFrom(p);
        String id = p.customerId();
        InvalidInput unknown = assertThrows(InvalidInput.class, () -> customers.setLevel(chen, id, 1L,
                new PayingCustomers.LevelForm("PLATINUM", null), null));
        assertEquals("level", unknown.errors().get(0).field());
        customers.setLevel(chen, id, 1L, new PayingCustomers.LevelForm("VIP", "老客户"), null);
        PayingCustomer c = customers.setLevel(chen, id, 2L, new PayingCustomers.LevelForm(list.get(1).code(), "降级"),
                null).value();
        assertEquals(list.get(1).code(), c.level().code());
        assertEquals(List.of("VIP"), c.levelHistory().stream().map(PayingCustomer.Level::code).toList());
        assertEquals(3, customers.auditTrail(id).size(), "recorded, then two levels, each audited");
        assertNull(new PayingCustomers.LevelForm(" VIP ", " ").validate().remark());
    }
}
