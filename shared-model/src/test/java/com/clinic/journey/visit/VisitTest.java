package com.clinic.journey.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinic.platform.FieldError;
import com.clinic.platform.InvalidInput;
import com.clinic.platform.Refused;
import com.clinic.platform.Role;
import com.clinic.platform.StaffRef;
import com.clinic.platform.command.Decision.Accepted;
import com.clinic.platform.command.Decision.Rejected;
import com.clinic.platform.staff.StaffMember;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The clinic journey's rules for C-01…C-04, without storage or any cloud. */
class VisitTest {
    static final Instant NOW = Instant.parse("2026-11-22T02:00:00Z");
    static final StaffRef SALES = new StaffRef("s", "赵开发");
    static final StaffRef DISPATCHER = new StaffRef("d", "钱调度");
    static final StaffMember WANG = new StaffMember("w", "王师傅", null, Set.of(Role.DRIVER), true);
    static final StaffMember LI = new StaffMember("l", "李师傅", null, Set.of(Role.DRIVER), true);

    static BookingForm form(String phone, String arrivalAt) {
        return new BookingForm(new CustomerForm("张丽", phone, "female", "32", List.of("双眼皮"), "抖音", null),
                new ArrivalForm(arrivalAt, "FLIGHT", "CA1234", "天府机场 T2"));
    }

    static Visit booked() {
        return Visit.book("V1", "C1", form("13912345678", "2026-11-23T14:30:00+08:00").validate(NOW), SALES, NOW).after();
    }

    @Test
    void bookingValidatesEveryFieldAndNamesThem() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> new BookingForm(
                new CustomerForm(" ", "123", "robot", "200", null, null, null),
                new ArrivalForm("2026-11-23 14:30", "BOAT", null, null)).validate(NOW));
        assertEquals(List.of("customer.name", "customer.phone", "customer.gender", "customer.age",
                "arrival.arrivalAt", "arrival.mode", "arrival.transportNo", "arrival.station"),
                e.errors().stream().map(FieldError::field).toList());
        assertThrows(InvalidInput.class, () -> new BookingForm(null, null).validate(NOW));
        InvalidInput both = assertThrows(InvalidInput.class, () -> new BookingForm(
                new CustomerForm("张丽", null, null, null, null, null, null), null).validate(NOW));
        assertEquals(List.of("arrival", "customer.phone"), both.errors().stream().map(FieldError::field).toList(),
                "the customer's fields are named even when the arrival is missing");
    }

    @Test
    void aBookingLongInThePastIsRefusedButALateEntryIsNot() {
        assertThrows(InvalidInput.class, () -> form("13912345678", "2026-11-21T08:00:00+08:00").validate(NOW));
        assertEquals(Instant.parse("2026-11-22T00:00:00Z"),
                form("13912345678", "2026-11-22T08:00:00+08:00").validate(NOW).arrival().arrivalAt());
        for (String far : new String[] {"2028-01-01T08:00:00+08:00", "+10000-01-01T08:00:00+08:00"}) {
            InvalidInput e = assertThrows(InvalidInput.class, () -> form("13912345678", far).validate(NOW), far);
            assertEquals("arrival.arrivalAt", e.errors().get(0).field());
        }
    }

    @Test
    void aBookingWaitsForADriver() {
        Visit v = booked();
        assertEquals(VisitStage.BOOKED, v.stage());
        assertEquals(1, v.version());
        assertEquals(Gender.FEMALE, v.customer().gender());
    }

    @Test
    void assignThenChangeKeepsTheHistoryAndTheReason() {
        Accepted<Visit, VisitEvent> assigned = booked().transport().assignDriver(WANG, DISPATCHER, null, NOW).orThrow();
        assertEquals(VisitStage.DRIVER_ASSIGNED, assigned.after().stage());
        assertEquals(2, assigned.after().version());
        Accepted<Visit, VisitEvent> changed = assigned.after().transport().changeDriver(LI, DISPATCHER, "王师傅临时有事", NOW.plusSeconds(60))
                .orThrow();
        assertEquals(LI.ref(), changed.after().driver());
        assertEquals(2, changed.after().driverHistory().size());
        assertEquals(VisitAction.CHANGE_DRIVER, changed.event().action());
        assertEquals(WANG.ref(), ((VisitEvent.DriverChanged) changed.event()).previous());
        assertEquals("王师傅临时有事", changed.after().driverHistory().get(1).reason());
    }

    @Test
    void illegalTransitionsAreRefusedWithTheReason() {
        Visit v = booked();
        assertTrue(((Rejected) v.transport().changeDriver(LI, DISPATCHER, "x", NOW)).reason().contains("assign one first"));
        assertTrue(((Rejected) v.transport().pickUp(WANG.ref(), NOW)).reason().contains("only an assigned visit"));
        Visit assigned = v.transport().assignDriver(WANG, DISPATCHER, null, NOW).orThrow().after();
        assertTrue(((Rejected) assigned.transport().assignDriver(LI, DISPATCHER, null, NOW)).reason()
                .contains("already assigned"));
        assertTrue(((Rejected) assigned.transport().changeDriver(WANG, DISPATCHER, "x", NOW)).reason()
                .contains("already the driver"));
        assertTrue(((Rejected) assigned.transport().pickUp(LI.ref(), NOW)).reason().contains("another driver"));
        Visit picked = assigned.transport().pickUp(WANG.ref(), NOW).orThrow().after();
        assertEquals(VisitStage.PICKED_UP, picked.stage());
        assertTrue(((Rejected) picked.transport().changeDriver(LI, DISPATCHER, "x", NOW)).reason().contains("before the pick-up"));
        assertThrows(Refused.class, () -> picked.transport().pickUp(WANG.ref(), NOW).orThrow());
    }

    @Test
    void onlyActiveDriversDrive() {
        StaffMember sales = new StaffMember("s", "赵开发", null, Set.of(Role.SALES), true);
        StaffMember retired = new StaffMember("r", "老周", null, Set.of(Role.DRIVER), false);
        assertInstanceOf(Rejected.class, booked().transport().assignDriver(sales, DISPATCHER, null, NOW));
        assertInstanceOf(Rejected.class, booked().transport().assignDriver(retired, DISPATCHER, null, NOW));
    }

    @Test
    void everyEventTellsWhoHearsOfIt() {
        Visit v = booked();
        assertEquals(Role.DISPATCHER, VisitWording.notices(
                Visit.book("V1", "C1", form("13912345678", "2026-11-23T14:30:00+08:00").validate(NOW), SALES, NOW)
                        .event(), v).get(0).recipientRole());
        Accepted<Visit, VisitEvent> assigned = v.transport().assignDriver(WANG, DISPATCHER, null, NOW).orThrow();
        assertEquals("w", VisitWording.notices(assigned.event(), assigned.after()).get(0).recipientId());
        Accepted<Visit, VisitEvent> changed = assigned.after().transport().changeDriver(LI, DISPATCHER, "车坏了", NOW).orThrow();
        assertEquals(List.of("w", "l"), VisitWording.notices(changed.event(), changed.after()).stream()
                .map(n -> n.recipientId()).toList());
    }

    @Test
    void aCorrectionOfBasicInformationIsAuditedBeforeToAfterAndKeepsTheMobile() {
        Visit v = Visit.registerWalkIn("V261122-AAAAA1", "C1", new CustomerProfile("陈静", "13600001234",
                Gender.FEMALE, 35, List.of("双眼皮"), "抖音", null), SALES, NOW).after();
        CustomerProfile form = new Forms.CustomerInfoForm("陈静怡", "FEMALE", "36", "小红书 @丽人", null).validate();
        Accepted<Visit, VisitEvent> edited = v.editCustomer(form, SALES, NOW).orThrow();
        assertEquals("修改基本信息：姓名 陈静 → 陈静怡；年龄 35 → 36；来源/自媒体号 抖音 → 小红书 @丽人",
                edited.event().summary());
        assertEquals("13600001234", edited.after().customer().phone(), "the mobile is the customer's identity");
        assertEquals(List.of("双眼皮"), edited.after().customer().wantedItems());
        assertThrows(Refused.class, () -> edited.after().editCustomer(form, SALES, NOW).orThrow(), "nothing changed");
        InvalidInput bad = assertThrows(InvalidInput.class, () -> new Forms.CustomerInfoForm(" ", "X", "200", null,
                null).validate());
        assertEquals(List.of("name", "gender", "age"), bad.errors().stream().map(FieldError::field).toList());
    }
}
