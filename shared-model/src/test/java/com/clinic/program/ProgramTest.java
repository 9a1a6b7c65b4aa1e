package com.clinic.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinic.platform.InvalidInput;
import com.clinic.platform.Refused;
import com.clinic.platform.StaffRef;
import com.clinic.platform.calendar.CalendarYear;
import com.clinic.platform.calendar.Calendars;
import com.clinic.platform.calendar.WorkCalendar;
import com.clinic.platform.port.CalendarStore;
import com.clinic.program.Program.Channel;
import com.clinic.program.Program.ContractType;
import com.clinic.program.Program.Stage;
import com.clinic.program.ProgramForms.OrderForm;
import com.clinic.program.ProgramForms.PaymentForm;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * H-01 and T-12: an order becomes a program owing its contract type by the close of the next working day; a
 * mismatch between payment and order holds it for the technical team; confirmed, H-02's two business hours begin;
 * a passed deadline is reported once, a done one never.
 */
class ProgramTest {
    static final StaffRef ADMIN = new StaffRef("ad", "褚行政");
    static final WorkCalendar CAL = new Calendars(new CalendarStore() {
        final List<CalendarYear> years = new ArrayList<>();

        public List<CalendarYear> years() {
            return years;
        }

        public void save(CalendarYear year) {
            years.add(year);
        }
    }).calendar();

    static Instant at(String shanghai) {
        return OffsetDateTime.parse(shanghai + "+08:00").toInstant();
    }

    static OrderForm order(String paidAmount, String payerPhone) {
        return new OrderForm("SO20261120001", "APP_PAYMENT", "app-user-1", "林晓", "13800001111", "49 天健康管理",
                "1980000", new PaymentForm("APP_PAYMENT", paidAmount, "林晓", payerPhone, "WX4200001",
                "2026-09-30T15:00:00+08:00"));
    }

    static Program received(OrderForm form, Instant at) {
        return Program.receive(form.validate(at), ADMIN, at, Step.CONFIRM_CONTRACT_TYPE.dueAfter(at, CAL)).after();
    }

    @Test
    void anOrderOwesItsContractTypeByTheNextWorkingDaysClose() {
        Program p = received(order("1980000", null), at("2026-11-20T15:30:00"));
        assertEquals("P-SO20261120001", p.id());
        assertEquals(Stage.ORDER_RECEIVED, p.stage());
        assertEquals(at("2026-11-23T18:00:00"), p.deadlines().get(0).dueAt(), "a Friday afternoon: Monday's close");
        Program eve = received(order("1980000", null), at("2026-09-30T16:00:00"));
        assertEquals(at("2026-10-08T18:00:00"), eve.deadlines().get(0).dueAt(),
                "the eve of National Day: the close of Thursday 8 October, the first working day after the holiday");
    }

    @Test
    void aMatchingOrderIsConfirmedAndTheInvitationClockStarts() {
        Program p = received(order("1980000", "13800001111"), at("2026-11-20T15:30:00"));
        Program confirmed = p.confirmContractType(ContractType.ONLINE, ADMIN, at("2026-11-20T17:30:00"),
                Step.INVITE_TEAM.dueAfter(at("2026-11-20T17:30:00"), CAL)).orThrow().after();
        assertEquals(Stage.CONTRACT_TYPE_CONFIRMED, confirmed.stage());
        assertFalse(confirmed.deadlines().get(0).open(), "H-01 done");
        assertEquals(Step.INVITE_TEAM, confirmed.deadlines().get(1).step());
        assertEquals(at("2026-11-23T10:30:00"), confirmed.deadlines().get(1).dueAt(),
                "2 business hours from 17:30 on a Friday: half an hour that day, 90 minutes on Monday");
        InvalidInput wrong = assertThrows(InvalidInput.class, () -> p.confirmContractType(ContractType.OFFLINE, ADMIN,
                at("2026-11-20T17:30:00"), at("2026-11-23T10:30:00")).orThrow());
        assertEquals("contractType", wrong.errors().get(0).field(), "an app order has an online contract");
    }

    @Test
    void aMismatchIsHeldForTheTechnicalTeamUntilVerified() {
        Program p = received(order("1880000", "13900002222"), at("2026-11-20T15:30:00"));
        assertEquals(2, p.mismatches().size(), "amount and payer");
        Program held = p.confirmContractType(ContractType.ONLINE, ADMIN, at("2026-11-20T16:00:00"),
                at("2026-11-20T18:00:00")).orThrow().after();
        assertEquals(Stage.HELD, held.stage());
        assertTrue(held.deadlines().get(0).open(), "H-01 is still owed");
        assertThrows(Refused.class, () -> held.confirmContractType(ContractType.ONLINE, ADMIN, at("2026-11-20T16:00:00"),
                at("2026-11-20T18:00:00")).orThrow());
        Program released = held.release("已与支付渠道核实：优惠券抵扣 1000 元", ADMIN, at("2026-11-20T16:30:00"))
                .orThrow().after();
        assertEquals(Stage.CONTRACT_TYPE_CONFIRMED, released.confirmContractType(ContractType.ONLINE, ADMIN,
                at("2026-11-20T16:40:00"), at("2026-11-20T18:00:00")).orThrow().after().stage());
    }

    @Test
    void aPassedDeadlineIsReportedOnceAndADoneOneNever() {
        Program p = received(order("1980000", null), at("2026-11-20T15:30:00"));
        assertThrows(Refused.class, () -> p.reportOverdue(1, at("2026-11-23T17:59:00")).orThrow(), "not yet due");
        Program reported = p.reportOverdue(1, at("2026-11-23T18:00:00")).orThrow().after();
        assertThrows(Refused.class, () -> reported.reportOverdue(1, at("2026-11-24T09:00:00")).orThrow(), "once");
        Program done = p.confirmContractType(ContractType.ONLINE, ADMIN, at("2026-11-23T11:00:00"),
                at("2026-11-23T13:00:00")).orThrow().after();
        assertThrows(Refused.class, () -> done.reportOverdue(1, at("2026-11-24T09:00:00")).orThrow(), "done in time");
    }

    @Test
    void anOrderFormNamesEveryBadField() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> new OrderForm("SO 1", "CASH", "", null, "123", null,
                "-5", new PaymentForm(null, "x", null, "1", null, "2099-01-01T00:00:00+08:00"))
                .validate(at("2026-11-20T15:30:00")));
        assertEquals(List.of("orderNo", "channel", "customerId", "customerName", "phone", "product", "amount",
                "payment.channel", "payment.amount", "payment.payerPhone", "payment.reference", "payment.paidAt"),
                e.errors().stream().map(f -> f.field()).toList());
    }
}
