package com.clinic.program;

import com.clinic.program.order.Programs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinic.platform.Actor;
import com.clinic.platform.InvalidInput;
import com.clinic.platform.Refused;
import com.clinic.platform.Role;
import com.clinic.platform.StaffRef;
import com.clinic.platform.calendar.CalendarYear;
import com.clinic.platform.calendar.Calendars;
import com.clinic.platform.calendar.WorkCalendar;
import com.clinic.platform.port.CalendarStore;
import com.clinic.platform.staff.StaffMember;
import com.clinic.program.Program.Channel;
import com.clinic.program.Program.ContractType;
import com.clinic.program.Program.Stage;
import com.clinic.program.order.ProgramForms.OrderForm;
import com.clinic.program.order.ProgramForms.PaymentForm;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * H-01 and T-12: an order becomes a program owing its contract type by the close of the next working day; a
 * mismatch between payment and order holds it for the technical team; confirmed, H-02's two business hours begin;
 * a passed deadline is reported once, a done one never.
 */
public class ProgramTest {
    public static final StaffRef ADMIN = new StaffRef("ad", "褚行政");
    public static final WorkCalendar CAL = new Calendars(new CalendarStore() {
        final List<CalendarYear> years = new ArrayList<>();

        public List<CalendarYear> years() {
            return years;
        }

        public void save(CalendarYear year) {
            years.add(year);
        }
    }).calendar();

    public static Instant at(String shanghai) {
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

    /** Each step's due time from {@code start}, on the test calendar. */
    public static Program.Due due(Instant start) {
        return step -> step.dueAfter(start, CAL);
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
    void thePayersNameIsComparedInOneNormalForm() {
        OrderForm byAnother = new OrderForm("SO20261120001", "APP_PAYMENT", "app-user-1", "林晓", "13800001111",
                "49 天健康管理", "1980000", new PaymentForm("APP_PAYMENT", "1980000", "王某", null, "WX4200001",
                "2026-09-30T15:00:00+08:00"));
        Program p = received(byAnother, at("2026-11-20T15:30:00"));
        assertEquals(List.of("付款人姓名不一致：订单 林晓，支付 王某"), p.order().mismatches(), "a payer with no phone is still checked");
        assertEquals(Stage.HELD, p.confirmContractType(ContractType.ONLINE, ADMIN, at("2026-11-20T16:00:00"),
                at("2026-11-20T18:00:00")).orThrow().after().stage());
        OrderForm spaced = new OrderForm("SO20261120001", "APP_PAYMENT", "app-user-1", "林晓", "13800001111",
                "49 天健康管理", "1980000", new PaymentForm("APP_PAYMENT", "1980000", "林 晓", "13800001111",
                "WX4200001", "2026-09-30T15:00:00+08:00"));
        assertTrue(received(spaced, at("2026-11-20T15:30:00")).order().mismatches().isEmpty(), "spaces do not count");
    }

    @Test
    void aMismatchIsHeldForTheTechnicalTeamUntilVerified() {
        Program p = received(order("1880000", "13900002222"), at("2026-11-20T15:30:00"));
        assertEquals(2, p.order().mismatches().size(), "amount and payer");
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

    public static final StaffMember HAN = new StaffMember("h1", "韩主教练", null, Set.of(Role.HEAD_COACH), true);
    public static final StaffMember YANG = new StaffMember("c1", "杨副教练", null, Set.of(Role.ASSISTANT_COACH), true);
    static final StaffMember WEI = new StaffMember("s1", "卫客服", null, Set.of(Role.CUSTOMER_SERVICE), true);

    static Program confirmed() {
        Program p = received(order("1980000", null), at("2026-11-20T15:30:00"));
        return p.confirmContractType(ContractType.ONLINE, ADMIN, at("2026-11-20T16:00:00"), at("2026-11-20T18:00:00"))
                .orThrow().after();
    }

    @Test
    void theTeamIsInvitedMembersAnswerAndADeclinedSeatIsInvitedAgain() {
        Map<Team.Seat, StaffMember> team = Map.of(Team.Seat.HEAD_COACH, HAN, Team.Seat.ASSISTANT_COACH, YANG,
                Team.Seat.CUSTOMER_SERVICE, WEI);
        InvalidInput wrongRole = assertThrows(InvalidInput.class, () -> TeamSteps.invite(confirmed(), Map.of(
                Team.Seat.HEAD_COACH, YANG, Team.Seat.ASSISTANT_COACH, YANG, Team.Seat.CUSTOMER_SERVICE, WEI), ADMIN,
                at("2026-11-20T16:30:00")).orThrow());
        assertEquals("headCoachId", wrongRole.errors().get(0).field());
        Program invited = TeamSteps.invite(confirmed(), team, ADMIN, at("2026-11-20T16:30:00")).orThrow().after();
        assertEquals(Stage.TEAM_INVITED, invited.stage());
        assertFalse(invited.deadline(2).orElseThrow().open(), "H-02 done");
        assertThrows(Refused.class, () -> TeamSteps.answer(invited, Team.Seat.HEAD_COACH, YANG.ref(), true,
                at("2026-11-20T17:00:00")).orThrow(), "only the invitee answers");
        Program declined = TeamSteps.answer(invited, Team.Seat.HEAD_COACH, HAN.ref(), false, at("2026-11-20T17:00:00"))
                .orThrow().after();
        assertFalse(declined.inGroup(new Actor("h1", "韩主教练", Set.of(Role.HEAD_COACH))));
        Program again = TeamSteps.reinvite(declined, Team.Seat.HEAD_COACH, HAN, ADMIN,
                at("2026-11-20T17:10:00")).orThrow()
                .after();
        assertEquals(2, again.team().seat(Team.Seat.HEAD_COACH).orElseThrow().attempt());
        Program joined = TeamSteps.answer(again, Team.Seat.HEAD_COACH, HAN.ref(), true, at("2026-11-20T17:20:00"))
                .orThrow().after();
        assertTrue(joined.inGroup(new Actor("h1", "韩主教练", Set.of(Role.HEAD_COACH))));
        assertTrue(joined.inGroup(new Actor("app-user-1", "林晓", Set.of(Role.CUSTOMER))), "the customer");
        assertFalse(joined.inGroup(new Actor("other", "别人", Set.of(Role.CUSTOMER))));
        assertThrows(Refused.class, () -> TeamSteps.reinvite(joined, Team.Seat.HEAD_COACH, HAN, ADMIN,
                at("2026-11-20T17:30:00"))
                .orThrow(), "only a declined seat");
    }

    @Test
    void anOfflineContractIsSignedByItsScanAfterAnUnreadableOneIsSignedAgain() {
        Program online = confirmed();
        assertThrows(Refused.class, () -> ContractSteps.confirmOffline(online, "k", 1, ADMIN, at("2026-11-21T10:00:00"),
                due(at("2026-11-21T10:00:00"))).orThrow(), "an online contract is signed in the app");
        OrderForm transfer = new OrderForm("SO20261120002", "OFFLINE_TRANSFER", "app-user-2", "林晓", "13800001111",
                "49 天健康管理", "1980000", new PaymentForm("OFFLINE_TRANSFER", "1980000", null, null, "TR-1",
                "2026-09-30T15:00:00+08:00"));
        Program offline = received(transfer, at("2026-11-20T15:30:00")).confirmContractType(ContractType.OFFLINE,
                ADMIN, at("2026-11-20T16:00:00"), at("2026-11-20T18:00:00")).orThrow().after();
        Program resign = ContractSteps.unreadable(offline, "签字模糊", ADMIN, at("2026-11-21T10:00:00")).orThrow().after();
        assertEquals(Contract.Status.RESIGN_REQUESTED, resign.contract().status());
        Program signed = ContractSteps.confirmOffline(resign, "programs/x/contract/s.pdf", 2048, ADMIN,
                at("2026-11-23T10:00:00"), due(at("2026-11-23T10:00:00"))).orThrow().after();
        assertEquals(Contract.Status.SIGNED, signed.contract().status());
        Deadline h05 = signed.deadlines().get(signed.deadlines().size() - 1);
        assertEquals(Step.FILL_ARCHIVE, h05.step());
        assertEquals(at("2026-11-24T10:00:00"), h05.dueAt(), "the archive reminder is 24 clock hours after the link");
        assertThrows(Refused.class, () -> ContractSteps.unreadable(signed, "again", ADMIN, at("2026-11-23T11:00:00"))
                .orThrow(), "signed is signed");
    }

    @Test
    void theCustomerSignsTheVersionSheReadAndTheAdminCountersigns() {
        Program p = confirmed();
        Actor lin = new Actor("app-user-1", "林晓", Set.of(Role.CUSTOMER));
        InvalidInput stale = assertThrows(InvalidInput.class, () -> ContractSteps.signOnline(p,
                ContractTemplate.CURRENT, "2025-01",
                "林晓", lin, at("2026-11-21T10:00:00"), at("2026-11-23T18:00:00")).orThrow());
        assertEquals("version", stale.errors().get(0).field());
        assertThrows(Refused.class, () -> ContractSteps.countersign(p, ADMIN, at("2026-11-21T10:00:00"), "job",
                due(at("2026-11-21T10:00:00"))).orThrow(),
                "the customer signs first");
        Program signed = ContractSteps.signOnline(p, ContractTemplate.CURRENT, ContractTemplate.CURRENT.version(),
                "林晓", lin,
                at("2026-11-21T10:00:00"), at("2026-11-23T18:00:00")).orThrow().after();
        assertEquals(Contract.Status.CUSTOMER_SIGNED, signed.contract().status());
        assertEquals(ContractTemplate.CURRENT.digest(), signed.contract().textDigest(), "what she signed is provable");
        assertEquals(64, signed.contract().textDigest().length());
        Deadline h04 = signed.deadlines().get(signed.deadlines().size() - 1);
        assertEquals(Step.COUNTERSIGN_CONTRACT, h04.step());
        Program both = ContractSteps.countersign(signed, ADMIN, at("2026-11-23T09:30:00"), "job-1",
                due(at("2026-11-23T09:30:00"))).orThrow().after();
        assertEquals(Contract.Status.SIGNED, both.contract().status());
        assertEquals("job-1", both.contract().pdfJobId());
        assertFalse(both.deadline(h04.n()).orElseThrow().open(), "H-04 done");
        assertEquals(ADMIN.name(), both.contract().company().name());
        var paper = Programs.signedContract(both);
        assertEquals(com.clinic.printing.PrintDocument.Issuer.COMPANY, paper.issuer(), "under the company's letterhead");
        assertTrue(paper.paragraphs().contains("乙方（公司）：" + com.clinic.printing.Letterhead.NAME + "    "
                + com.clinic.printing.Letterhead.REGISTRATION_NO), "乙方 named as registered: " + paper.paragraphs());
        long fee = both.order().amount();
        assertTrue(paper.paragraphs().contains("服务费用：" + com.clinic.platform.Money.yuan(fee) + "（大写：人民币"
                + com.clinic.platform.ChineseAmount.of(fee) + "）"), "the fee in figures and in capitals");
        assertEquals(List.of("2026年11月21日 10:00", "2026年11月23日 09:30"), paper.signatures().stream()
                .map(com.clinic.printing.PrintDocument.Signature::signedAt).toList(), "dates as written on paper");
    }
}
