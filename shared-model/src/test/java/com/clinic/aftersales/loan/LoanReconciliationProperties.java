package com.clinic.aftersales.loan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinic.aftersales.loan.LoanForms.Contact;
import com.clinic.aftersales.loan.LoanForms.Received;
import com.clinic.journey.PaymentCollected;
import com.clinic.journey.visit.Loan;
import com.clinic.journey.visit.PaymentMethod;
import com.clinic.platform.Money;
import com.clinic.platform.StaffRef;
import com.clinic.platform.command.Decision;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * C-18…C-21: after any sequence of repayments, recoveries, dunning contacts and overdue reports, every fen is
 * accounted for — the periods' paid amounts add up to the money received, their remainders to what is
 * outstanding, received plus outstanding to the schedule, and no period is paid beyond its amount.
 */
class LoanReconciliationProperties {
    private static final StaffRef CHEN = new StaffRef("a1", "陈售后");

    record Step(int kind, long amount, int day) {
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.longs().between(1, 600_000),
                Arbitraries.integers().between(0, 400)).as(Step::new).list().ofMaxSize(30);
    }

    @Property(tries = 300)
    void everyFenReconciles(@ForAll @LongRange(min = 1, max = 5_000_000) long principal,
                            @ForAll @IntRange(min = 1, max = 24) int periods, @ForAll("steps") List<Step> steps) {
        LocalDate opened = LocalDate.of(2026, 11, 23);
        Loan l = Loan.of(principal, periods, opened.plusMonths(1));
        PaymentCollected paid = new PaymentCollected("E", "V", "C", "张丽", "13912345678", null, List.of(
                new PaymentCollected.Line("P", PaymentMethod.LOAN, principal, periods, l.firstRepaymentDate(),
                        l.schedule())), principal, CHEN, opened.atStartOfDay(com.clinic.platform.ShanghaiTime.ZONE).toInstant());
        LoanAccount loan = LoanAccount.open(paid, paid.lines().get(0)).after();
        assertEquals(principal, loan.total(), "the cashier's schedule adds up to the loan");
        int day = 0;
        for (Step s : steps) {
            day += s.day() % 40;
            LocalDate today = opened.plusDays(day);
            Instant at = today.atTime(10, 0).atZone(com.clinic.platform.ShanghaiTime.ZONE).toInstant();
            Received money = new Received(s.amount(), RepaymentMethod.WECHAT_PAY, today, null);
            Decision<LoanAccount, LoanEvent> d = switch (s.kind()) {
                case 0 -> loan.repay("R" + day, money, CHEN, at);
                case 1 -> loan.recover("R" + day, money, CHEN, at);
                case 2 -> loan.dun("D" + day, new Contact(DunningContact.Channel.PHONE, "联系上", null, null), CHEN,
                        at);
                default -> loan.reportOverdue(1 + (int) (s.amount() % periods), at);
            };
            if (d instanceof Decision.Accepted<LoanAccount, LoanEvent> a) {
                loan = a.after();
            }
            List<Period> p = loan.periodsOn(today);
            assertEquals(loan.received(), Money.sum(p.stream().mapToLong(Period::paid)));
            assertEquals(loan.outstanding(), Money.sum(p.stream().mapToLong(Period::remaining)));
            assertEquals(loan.total(), loan.received() + loan.outstanding());
            assertTrue(loan.outstanding() >= 0 && loan.recovered() <= loan.received());
            assertTrue(p.stream().allMatch(x -> x.paid() >= 0 && x.paid() <= x.amount()));
            assertTrue(p.stream().allMatch(x -> (x.state() == Period.State.PAID) == (x.remaining() == 0)));
        }
    }
}
