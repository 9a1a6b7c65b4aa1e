package com.clinic.aftersales.loan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinic.aftersales.loan.LoanForms.Received;
import com.clinic.platform.InvalidInput;
import com.clinic.platform.Refused;
import com.clinic.platform.StaffRef;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A loan's terms after the payment: the cashier's LOAN refund reduces it (what is still owed first, then
 * repayments go back the way they came), new terms, an early settlement, a write-off, a rejected journey.
 */
class LoanTermsTest {
    static final StaffRef CHEN = new StaffRef("a1", "陈售后");
    static final StaffRef DESK = new StaffRef("f1", "周前台");
    static final Instant LATER = Instant.parse("2027-01-05T02:00:00Z");

    /** ¥13,000 in 6 periods (216,667 then 216,667 … 216,666), the first two periods paid by WeChat and cash. */
    static LoanAccount repaidTwice() {
        LoanAccount l = LoanAccountTest.loan();
        l = l.repay("R1", new Received(216_667, RepaymentMethod.WECHAT_PAY, LocalDate.of(2026, 12, 20), null), CHEN,
                Instant.parse("2026-12-20T02:00:00Z")).orThrow().after();
        return l.repay("R2", new Received(100_000, RepaymentMethod.CASH, LocalDate.of(2027, 1, 3), null), CHEN,
                Instant.parse("2027-01-03T02:00:00Z")).orThrow().after();
    }

    @Test
    void aReductionWithinWhatIsOwedRecomputesTheUnpaidPeriodsToTheFen() {
        LoanAccount l = repaidTwice();
        LoanAccount after = l.terms().reduce("REF1", 500_001, DESK, LATER).orThrow().after();
        assertEquals(1_300_000 - 500_001, after.principal());
        assertEquals(after.principal(), after.total(), "the periods add up to the new principal");
        assertEquals(316_667, after.received(), "nothing goes back: the reduction fits in what is owed");
        assertEquals(216_667, after.schedule().get(0).amount(), "a period paid in full stays as it is");
        List<Period> periods = after.periodsOn(LocalDate.of(2027, 1, 5));
        assertEquals(100_000, periods.get(1).paid(), "the partly paid period keeps what it was paid");
        assertEquals(after.outstanding(), periods.stream().mapToLong(Period::remaining).sum());
        assertEquals(LoanChange.Kind.REDUCED, after.changes().get(0).kind());
        assertThrows(Refused.class, () -> after.terms().reduce("REF1", 1, DESK, LATER).orThrow(),
                "the same refund reduces nothing twice");
    }

    @Test
    void aReductionBeyondWhatIsOwedGivesRepaymentsBackNewestFirstTheWayTheyCame() {
        LoanAccount l = repaidTwice();
        long owed = l.outstanding();
        LoanAccount after = l.terms().reduce("REF2", owed + 150_000, DESK, LATER).orThrow().after();
        assertEquals(0, after.outstanding());
        assertEquals(316_667 - 150_000, after.received());
        assertEquals(after.received(), after.principal(), "what stays received is the whole principal");
        List<Repayment> back = after.repayments().subList(2, after.repayments().size());
        assertEquals(List.of(-100_000L, -50_000L), back.stream().map(Repayment::amount).toList());
        assertEquals(List.of(RepaymentMethod.CASH, RepaymentMethod.WECHAT_PAY),
                back.stream().map(Repayment::method).toList(), "the newest repayment goes back first");
        assertEquals(150_000, after.changes().get(0).returned());
        assertEquals(LoanAccount.Status.SETTLED, after.status());
        LoanAccount none = after.terms().reduce("REF3", after.principal(), DESK, LATER).orThrow().after();
        assertEquals(LoanAccount.Status.CANCELLED, none.status(), "reduced to nothing, the loan is cancelled");
        assertEquals(0, none.received());
    }

    @Test
    void newTermsSplitWhatRemainsAfterThePaidPeriods() {
        LoanAccount l = repaidTwice();
        LoanAccount after = l.terms().restructure("C1", 3, LocalDate.of(2027, 2, 10), "收入变化", CHEN, LATER).orThrow()
                .after();
        assertEquals(l.principal(), after.total());
        assertEquals(List.of(216_667L, 100_000L), after.schedule().subList(0, 2).stream()
                .map(i -> i.amount()).toList(), "the paid period stays, the partly paid one closes at what it got");
        assertEquals(5, after.schedule().size());
        assertEquals(LocalDate.of(2027, 2, 10), after.schedule().get(2).dueDate());
        assertEquals(List.of(3, 4, 5), after.schedule().subList(2, 5).stream().map(i -> i.period()).toList());
        assertEquals(l.outstanding(), after.outstanding());
        assertEquals(LocalDate.of(2027, 2, 10), after.nextDueDate());
    }

    @Test
    void anEarlySettlementPaysExactlyWhatIsOutstanding() {
        LoanAccount l = repaidTwice();
        InvalidInput wrong = assertThrows(InvalidInput.class, () -> l.terms().settleEarly("R3", new Received(
                l.outstanding() - 1, RepaymentMethod.CARD, LocalDate.of(2027, 1, 5), null), CHEN, LATER).orThrow());
        assertEquals("amount", wrong.errors().get(0).field());
        LoanAccount after = l.terms().settleEarly("R3", new Received(l.outstanding(), RepaymentMethod.CARD,
                LocalDate.of(2027, 1, 5), "一次结清"), CHEN, LATER).orThrow().after();
        assertEquals(LoanAccount.Status.SETTLED, after.status());
        assertEquals(LoanChange.Kind.SETTLED_EARLY, after.changes().get(0).kind());
    }

    @Test
    void aWriteOffForgivesWhatRemainsAndKeepsWhatWasPaid() {
        LoanAccount l = repaidTwice();
        LoanAccount after = l.terms().writeOff("C1", "院长批准", CHEN, LATER).orThrow().after();
        assertEquals(LoanAccount.Status.CANCELLED, after.status());
        assertEquals(316_667, after.principal());
        assertEquals(after.principal(), after.total());
        assertEquals(l.outstanding(), after.changes().get(0).amount());
        assertThrows(Refused.class, () -> after.terms().writeOff("C2", "again", CHEN, LATER).orThrow());
    }

    @Test
    void aRejectedJourneysLoanIsNotDunnedUntilItIsRestoredAndOldFactsChangeNothing() {
        LoanAccount l = LoanAccountTest.loan();
        Instant overdue = Instant.parse("2026-12-24T02:00:00Z");
        LoanAccount held = l.hold(new JourneyHold(true, "客户决定不做手术", "E1", LATER)).orThrow().after();
        assertEquals(LoanAccount.Status.SUSPENDED, held.status());
        assertFalse(held.overdueToReport(1, overdue));
        assertThrows(Refused.class, () -> held.hold(new JourneyHold(false, null, "E0", LATER.minusSeconds(1)))
                .orThrow(), "an older restore does not undo the rejection");
        LoanAccount restored = held.hold(new JourneyHold(false, null, "E2", LATER.plusSeconds(1))).orThrow().after();
        assertTrue(restored.overdueToReport(1, overdue));
    }
}
