package com.clinic.aftersales.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinic.aftersales.loan.LoanAccount;
import com.clinic.aftersales.loan.LoanEvent;
import com.clinic.aftersales.loan.LoanForms.DunningForm;
import com.clinic.aftersales.loan.LoanForms.OwnerForm;
import com.clinic.aftersales.loan.LoanForms.RepaymentForm;
import com.clinic.aftersales.loan.LoanForms.RestructureForm;
import com.clinic.aftersales.loan.LoanKind;
import com.clinic.aftersales.loan.LoanLedger;
import com.clinic.aftersales.loan.Period;
import com.clinic.emulators.AdjustableClock;
import com.clinic.journey.PaymentCollected;
import com.clinic.journey.visit.Loan;
import com.clinic.journey.visit.PaymentMethod;
import com.clinic.platform.Actor;
import com.clinic.platform.InvalidInput;
import com.clinic.platform.PageRequest;
import com.clinic.platform.Role;
import com.clinic.platform.ShanghaiTime;
import com.clinic.platform.StaffRef;
import com.clinic.platform.aws.EmulatedAws;
import com.clinic.platform.command.Commands;
import com.clinic.platform.dynamodb.ClinicTable;
import com.clinic.platform.dynamodb.DynamoAggregateStore;
import com.clinic.platform.dynamodb.DynamoArmedTimers;
import com.clinic.platform.dynamodb.DynamoStaffDirectory;
import com.clinic.platform.notification.Notification;
import com.clinic.platform.port.IdempotencyKey;
import com.clinic.platform.port.TimerScheduler;
import com.clinic.platform.staff.StaffMember;
import com.clinic.platform.timer.TimerKind;
import com.clinic.platform.timer.Timers;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * C-17…C-21 on DynamoDB Local: the ledger opens from the cashier's published payment once, arms one overdue timer
 * per period, and a loan lives through owner, repayment, an overdue period reported once, dunning and recovery,
 * reconciling to the fen, with the lists following it.
 */
class LoanLedgerTest {
    static final String TABLE = EmulatedAws.ref("ClinicTable");
    final AdjustableClock clock = new AdjustableClock();
    final List<TimerScheduler.Timer> scheduled = new ArrayList<>();
    final DynamoAggregateStore store = new DynamoAggregateStore(EmulatedAws.dynamo(), TABLE,
            o -> ((Notification) o).id(), Map.of(LoanKind.LOAN.name(), LoanItems.MAPPING));
    final TimerScheduler scheduler = new TimerScheduler() {
        @Override
        public void schedule(Timer timer) {
            // as the scheduler: a timer created again under its name changes nothing
            if (scheduled.stream().noneMatch(t -> t.name().equals(timer.name()))) {
                scheduled.add(timer);
            }
        }

        @Override
        public void cancel(String name) {
            scheduled.removeIf(t -> t.name().equals(name));
        }
    };
    final Commands<LoanAccount, LoanEvent> loans = new Commands<>(LoanKind.LOAN, store, clock, scheduler);
    final LoanLedger ledger = new LoanLedger(loans, new Timers(scheduler, new DynamoArmedTimers(EmulatedAws.dynamo(),
            TABLE)));
    final DynamoLoanAccounts lists = new DynamoLoanAccounts(new ClinicTable(EmulatedAws.dynamo(), TABLE), store);
    final String ownerId = "loan-owner-" + UUID.randomUUID();
    final Actor boss = new Actor("s1", "超管", Set.of(Role.SUPER_ADMIN));
    final Actor chen = new Actor(ownerId, "陈售后", Set.of(Role.AFTER_SALES));

    static Instant at(String day) {
        return LocalDate.parse(day).atTime(11, 0).atZone(ShanghaiTime.ZONE).toInstant();
    }

    static IdempotencyKey key() {
        String k = UUID.randomUUID().toString();
        return new IdempotencyKey("loan", k, "fp-" + k);
    }

    String openLoan() {
        clock.setTo(at("2026-11-23"));
        String loanId = UUID.randomUUID().toString();
        Loan loan = Loan.of(1_300_000, 6, LocalDate.of(2026, 12, 23));
        PaymentCollected paid = new PaymentCollected("V261123-LEDGER-v9-PaymentCollected", "V261123-LEDGER", "C1",
                "张丽", "13912345678", "抖音", List.of(
                        new PaymentCollected.Line(UUID.randomUUID().toString(), PaymentMethod.CASH, 298_000, null, null,
                                null),
                        new PaymentCollected.Line(loanId, PaymentMethod.LOAN, 1_300_000, 6, loan.firstRepaymentDate(),
                                loan.schedule())), 1_598_000,
                new StaffRef("f", "周前台"), clock.instant());
        assertEquals(1, ledger.openFrom(paid), "one loan line, one account");
        assertEquals(0, ledger.openFrom(paid), "the event delivered again opens nothing");
        return loanId;
    }

    @Test
    void aLoanLineOpensItsAccountOnceWithOneOverdueTimerPerPeriod() {
        String loanId = openLoan();
        LoanAccount account = loans.get(loanId);
        assertEquals(1_300_000, account.total());
        assertEquals(List.of("LoanOpened"), store.auditTrail(LoanItems.MAPPING, loanId).stream()
                .map(a -> a.action()).toList());
        List<TimerScheduler.Timer> armed = new DynamoArmedTimers(EmulatedAws.dynamo(), TABLE)
                .of(TimerKind.Subject.LOAN, loanId);
        assertEquals(6, armed.size(), "recorded with the account");
        assertEquals(at("2026-12-24").minusSeconds(3600), armed.stream().filter(t -> t.occurrence() == 1)
                .findFirst().orElseThrow().at(), "10:00 Shanghai the day after the first due date");
        assertTrue(lists.all(new PageRequest(50, null)).items().stream().anyMatch(l -> l.id().equals(loanId)));
    }

    @Test
    void aRestructuredLoanHasTheTimersOfItsNewPeriodsOnly() {
        String loanId = openLoan();
        clock.setTo(at("2026-12-01"));
        LoanAccount l = ledger.restructure(boss, loanId, 1L, new RestructureForm("3", "2027-01-10", "客户收入变化"),
                key()).value();
        List<TimerScheduler.Timer> pending = scheduled.stream().filter(t -> t.subjectId().equals(loanId)).toList();
        assertEquals(List.of(1, 2, 3), pending.stream().map(TimerScheduler.Timer::occurrence).sorted().toList(),
                "the six old periods' timers are gone, the three new ones armed");
        assertEquals(l.schedule().stream().map(i -> TimerKind.LOAN_OVERDUE.dueAfter(i.dueDate())).toList(),
                pending.stream().sorted(java.util.Comparator.comparing(TimerScheduler.Timer::occurrence))
                        .map(TimerScheduler.Timer::at).toList(), "each at its new due date");
    }

    @Test
    void aLoanLivesThroughRepaymentOverdueDunningAndRecovery() {
        String loanId = openLoan();
        new DynamoStaffDirectory(EmulatedAws.dynamo(), TABLE).save(new StaffMember(ownerId, "陈售后", null,
                Set.of(Role.AFTER_SALES), true));
        LoanAccount l = ledger.assignOwner(boss, loanId, 1L, new OwnerForm(ownerId, null), key()).value();
        assertEquals(ownerId, l.owner().current().id());
        assertTrue(lists.ownedBy(ownerId, new PageRequest(20, null)).items().stream()
                .anyMatch(x -> x.id().equals(loanId)));

        long first = l.schedule().get(0).amount();
        clock.setTo(at("2026-12-20"));
        IdempotencyKey pay = key();
        RepaymentForm firstPeriod = new RepaymentForm(String.valueOf(first), "wechat_pay", "2026-12-20", "首期");
        l = ledger.repay(chen, loanId, l.version(), firstPeriod, pay).value();
        assertTrue(ledger.repay(chen, loanId, l.version() - 1, firstPeriod, pay).replayed(), "a retry is answered");
        assertEquals(1, loans.get(loanId).repayments().size(), "and recorded once");
        InvalidInput tooMuch = assertThrows(InvalidInput.class, () -> ledger.repay(chen, loanId, 3L,
                new RepaymentForm("99999999", "CASH", "2026-12-20", null), key()));
        assertEquals("amount", tooMuch.errors().get(0).field());

        clock.setTo(at("2026-12-24"));
        assertFalse(ledger.reportOverdue(loanId, 1, clock.instant()), "period 1 was paid in time");
        clock.setTo(at("2027-01-24"));
        assertTrue(ledger.reportOverdue(loanId, 2, clock.instant()), "period 2 is unpaid the day after 2027-01-23");
        assertFalse(ledger.reportOverdue(loanId, 2, clock.instant()), "a repeated firing changes nothing");
        l = loans.get(loanId);
        assertEquals(LoanAccount.Status.OVERDUE, l.status());
        assertEquals(List.of(2), l.overdueRaised());
        assertEquals(Period.State.OVERDUE, l.periodsOn(LocalDate.of(2027, 1, 24)).get(1).state());
        assertTrue(lists.overdue(new PageRequest(50, null)).items().stream().anyMatch(x -> x.id().equals(loanId)));

        l = ledger.dun(chen, loanId, l.version(), new DunningForm("phone", "答应周五还", "2027-01-29", null), key())
                .value();
        long second = l.schedule().get(1).amount();
        clock.setTo(at("2027-01-29"));
        l = ledger.recover(chen, loanId, l.version(), new RepaymentForm(String.valueOf(second), "alipay",
                "2027-01-29", null), key()).value();
        assertEquals(second, l.recovered());
        assertEquals(first + second, l.received());
        assertEquals(l.total(), l.received() + l.outstanding(), "the ledger reconciles");
        assertEquals(LoanAccount.Status.OPEN, l.status());
        assertFalse(lists.overdue(new PageRequest(50, null)).items().stream().anyMatch(x -> x.id().equals(loanId)),
                "off the overdue list once the period is recovered");
        assertTrue(lists.dunningIn(YearMonth.of(2027, 1), new PageRequest(50, null)).items().stream()
                .anyMatch(e -> e.loanId().equals(loanId) && e.entry().outcome().equals("答应周五还")),
                "the contact is on January's 催款明细 across loans");
        assertTrue(lists.recoveriesIn(YearMonth.of(2027, 1), new PageRequest(50, null)).items().stream()
                .anyMatch(e -> e.loanId().equals(loanId) && e.entry().amount() == second && e.entry().recovery()),
                "the recovery is on January's 追回记录");
        assertFalse(lists.recoveriesIn(YearMonth.of(2026, 12), new PageRequest(50, null)).items().stream()
                .anyMatch(e -> e.loanId().equals(loanId)), "a repayment is not a recovery");
        assertEquals(List.of("LoanOpened", "LoanOwnerAssigned", "LoanRepaid", "LoanPeriodOverdue", "LoanDunned",
                "LoanRecovered"), lists.auditTrail(loanId).stream().map(a -> a.action()).toList());
    }
}
