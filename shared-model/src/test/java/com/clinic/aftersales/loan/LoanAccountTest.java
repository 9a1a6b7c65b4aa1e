package com.clinic.aftersales.loan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinic.aftersales.loan.LoanForms.Contact;
import com.clinic.aftersales.loan.LoanForms.Received;
import com.clinic.journey.PaymentCollected;
import com.clinic.journey.visit.Loan;
import com.clinic.journey.visit.PaymentMethod;
import com.clinic.platform.InvalidInput;
import com.clinic.platform.Refused;
import com.clinic.platform.Role;
import com.clinic.platform.StaffRef;
import com.clinic.platform.staff.StaffMember;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** C-17…C-21: the ledger's rules — allocation oldest first, period states, overdue once, dunning, recovery. */
class LoanAccountTest {
    static final Instant OPENED = Instant.parse("2026-11-23T02:00:00Z");
    static final StaffRef CHEN = new StaffRef("a1", "陈售后");

    /** ¥13,000 in 6 periods from 2026-12-23: the cashier's schedule puts the remainder in the first period. */
    static LoanAccount loan() {
        Loan l = Loan.of(1_300_000, 6, LocalDate.of(2026, 12, 23));
        PaymentCollected paid = new PaymentCollected("E1", "V261123-AAAAA1", "C1", "张丽", "13912345678", null,
                List.of(new PaymentCollected.Line("PAY1", PaymentMethod.LOAN, 1_300_000, 6, l.firstRepaymentDate(),
                        l.schedule())), 1_300_000, new StaffRef("k", "吴收银"), OPENED);
        return LoanAccount.open(paid, paid.lines().get(0)).after();
    }

    static Instant on(String day) {
        return LocalDate.parse(day).atTime(10, 0).atZone(com.clinic.platform.ShanghaiTime.ZONE).toInstant();
    }

    static Received cash(long fen, String day) {
        return new Received(fen, RepaymentMethod.CASH, LocalDate.parse(day), null);
    }

    @Test
    void repaymentsFillTheOldestPeriodsFirstAndPartlyPaidPeriodsKeepTheirRemainder() {
        LoanAccount l = loan();
        long first = l.schedule().get(0).amount();
        LoanAccount after = l.repay("R1", cash(first + 50_000, "2026-12-20"), CHEN, on("2026-12-20")).orThrow()
                .after();
        List<Period> periods = after.periodsOn(LocalDate.of(2026, 12, 20));
        assertEquals(Period.State.PAID, periods.get(0).state());
        assertEquals(50_000, periods.get(1).paid());
        assertEquals(periods.get(1).amount() - 50_000, periods.get(1).remaining());
        assertEquals(l.total() - first - 50_000, after.outstanding());
        assertEquals(2, after.version());
        assertEquals(LocalDate.of(2027, 1, 23), after.nextDueDate());
    }

    @Test
    void periodStatesFollowTheDayInShanghai() {
        LoanAccount l = loan();
        assertEquals(Period.State.UPCOMING, l.periodsOn(LocalDate.of(2026, 12, 15)).get(0).state());
        assertEquals(Period.State.DUE, l.periodsOn(LocalDate.of(2026, 12, 16)).get(0).state(), "a week ahead");
        assertEquals(Period.State.DUE, l.periodsOn(LocalDate.of(2026, 12, 23)).get(0).state(), "on the day");
        assertEquals(Period.State.OVERDUE, l.periodsOn(LocalDate.of(2026, 12, 24)).get(0).state());
        assertEquals(1, l.daysOverdue(LocalDate.of(2026, 12, 24)));
        assertEquals(0, l.daysOverdue(LocalDate.of(2026, 12, 23)));
    }

    @Test
    void payingMoreThanIsOutstandingNamesTheAmount() {
        LoanAccount l = loan();
        InvalidInput e = assertThrows(InvalidInput.class,
                () -> l.repay("R1", cash(l.total() + 1, "2026-12-01"), CHEN, on("2026-12-01")).orThrow());
        assertEquals("amount", e.errors().get(0).field());
        LoanAccount settled = l.repay("R1", cash(l.total(), "2026-12-01"), CHEN, on("2026-12-01")).orThrow().after();
        assertEquals(LoanAccount.Status.SETTLED, settled.status());
        assertThrows(Refused.class, () -> settled.repay("R2", cash(1, "2026-12-01"), CHEN, on("2026-12-01"))
                .orThrow());
        assertThrows(InvalidInput.class, () -> l.repay("R1", cash(100, "2026-11-01"), CHEN, on("2026-12-01"))
                .orThrow(), "paid before the loan was taken");
    }

    @Test
    void anUnpaidPeriodIsReportedOverdueOnceAndARepaymentInTimePreventsIt() {
        LoanAccount l = loan();
        assertFalse(l.overdueToReport(1, on("2026-12-23")), "not before the due date has passed");
        assertTrue(l.overdueToReport(1, on("2026-12-24")));
        LoanAccount reported = l.reportOverdue(1, on("2026-12-24")).orThrow().after();
        assertEquals(LoanAccount.Status.OVERDUE, reported.status());
        assertFalse(reported.overdueToReport(1, on("2026-12-25")), "a second firing changes nothing");
        assertThrows(Refused.class, () -> reported.reportOverdue(1, on("2026-12-25")).orThrow());

        LoanAccount paidInTime = l.repay("R1", cash(l.schedule().get(0).amount(), "2026-12-22"), CHEN,
                on("2026-12-22")).orThrow().after();
        assertFalse(paidInTime.overdueToReport(1, on("2026-12-24")));
        assertFalse(l.overdueToReport(7, on("2027-12-24")), "no such period");
    }

    @Test
    void dunningNeedsAnOverduePeriodAndARecoveryNeedsDunning() {
        LoanAccount l = loan();
        Contact call = new Contact(DunningContact.Channel.PHONE, "答应月底还", LocalDate.of(2026, 12, 31), null);
        assertThrows(Refused.class, () -> l.dun("D1", call, CHEN, on("2026-12-20")).orThrow());
        assertThrows(Refused.class, () -> l.recover("R1", cash(100, "2026-12-20"), CHEN, on("2026-12-20"))
                .orThrow());
        LoanAccount dunned = l.reportOverdue(1, on("2026-12-24")).orThrow().after()
                .dun("D1", call, CHEN, on("2026-12-24")).orThrow().after();
        LoanAccount recovered = dunned.recover("R1", cash(l.schedule().get(0).amount(), "2026-12-28"), CHEN,
                on("2026-12-28")).orThrow().after();
        assertEquals(l.schedule().get(0).amount(), recovered.recovered());
        assertEquals(recovered.recovered(), recovered.received(), "a recovery is also a repayment");
        assertEquals(LoanAccount.Status.OPEN, recovered.status(), "the reported period is paid");
        assertEquals(Period.State.PAID, recovered.periodsOn(LocalDate.of(2026, 12, 28)).get(0).state());
    }

    @Test
    void theOwnerIsAnActiveAfterSalesMemberAndAChangeOfHandsNeedsAReason() {
        LoanAccount l = loan();
        StaffMember chen = new StaffMember("a1", "陈售后", null, Set.of(Role.AFTER_SALES), true);
        StaffMember li = new StaffMember("a2", "李售后", null, Set.of(Role.AFTER_SALES), true);
        StaffMember driver = new StaffMember("d1", "王司机", null, Set.of(Role.DRIVER), true);
        StaffRef boss = new StaffRef("s", "超管");
        assertThrows(InvalidInput.class, () -> l.assignOwner(driver, null, boss, OPENED).orThrow());
        assertThrows(InvalidInput.class, () -> l.assignOwner(null, null, boss, OPENED).orThrow());
        LoanAccount owned = l.assignOwner(chen, null, boss, OPENED).orThrow().after();
        assertThrows(Refused.class, () -> owned.assignOwner(chen, "again", boss, OPENED).orThrow());
        InvalidInput noReason = assertThrows(InvalidInput.class, () -> owned.assignOwner(li, " ", boss, OPENED)
                .orThrow());
        assertEquals("reason", noReason.errors().get(0).field());
        LoanAccount handed = owned.assignOwner(li, "陈休假", boss, OPENED).orThrow().after();
        assertEquals("a2", handed.owner().current().id());
        assertEquals(2, handed.owner().history().size());
    }
}
