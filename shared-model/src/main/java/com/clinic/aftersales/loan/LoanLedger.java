package com.clinic.aftersales.loan;

import com.clinic.aftersales.loan.LoanForms.DunningForm;
import com.clinic.aftersales.loan.LoanForms.OwnerForm;
import com.clinic.aftersales.loan.LoanForms.RepaymentForm;
import com.clinic.aftersales.loan.LoanForms.RestructureForm;
import com.clinic.journey.CustomerCorrected;
import com.clinic.journey.JourneyRejected;
import com.clinic.journey.JourneyRestored;
import com.clinic.journey.PaymentCollected;
import com.clinic.journey.PaymentRefunded;
import com.clinic.journey.visit.Forms.ReasonForm;
import com.clinic.journey.visit.PaymentMethod;
import com.clinic.platform.Actor;
import com.clinic.platform.Check;
import com.clinic.platform.Refused;
import com.clinic.platform.ShanghaiTime;
import com.clinic.platform.command.Change;
import com.clinic.platform.command.Commands;
import com.clinic.platform.command.Decision;
import com.clinic.platform.command.Outcome;
import com.clinic.platform.port.AggregateStore;
import com.clinic.platform.port.AggregateStore.Related;
import com.clinic.platform.port.IdempotencyKey;
import com.clinic.platform.port.TimerScheduler.Timer;
import com.clinic.platform.timer.TimerKind;
import com.clinic.platform.timer.Timers;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The after-sales loan ledger (C-17…C-21): loans open from the cashier's payments, once each, with one overdue
 * timer per period; owners are assigned, repayments and recoveries recorded, customers dunned, and a period still
 * unpaid the day after its due date reported overdue by its timer.
 */
public final class LoanLedger {
    private final Commands<LoanAccount, LoanEvent> commands;
    private final Timers timers;

    public LoanLedger(Commands<LoanAccount, LoanEvent> commands, Timers timers) {
        this.commands = commands;
        this.timers = timers;
    }

    /**
     * Reacts to a payment: each loan line opens its account and arms the overdue timers of its periods still ahead
     * (armed before the account is written, as every command path arms them; a period already past its timer, as
     * when the event comes very late, is reported at once). A re-delivered payment opens nothing twice.
     */
    public int openFrom(PaymentCollected payment) {
        int opened = 0;
        Instant now = commands.now();
        for (PaymentCollected.Line line : payment.lines()) {
            if (line.method() == PaymentMethod.LOAN) {
                var created = LoanAccount.open(payment, line);
                List<Timer> due = overdueTimers(created.after());
                List<Timer> armed = due.stream().filter(t -> t.at().isAfter(now)).toList();
                if (!commands.create(Actor.SYSTEM, created, AggregateStore.Effects.armed(armed)).replayed()) {
                    opened++;
                    due.stream().filter(t -> !t.at().isAfter(now))
                            .forEach(t -> reportOverdue(created.after().id(), t.occurrence(), t.at()));
                }
            }
        }
        return opened;
    }

    /**
     * C-15 多退 with a loan: each LOAN line of the cashier's refund reduces its loan, once (a re-delivered refund is
     * refused by the account and passed over). A loan left with nothing owed stops its timers.
     */
    public void reduceFrom(PaymentRefunded refund) {
        for (PaymentRefunded.Line line : refund.lines()) {
            if (line.method() == PaymentMethod.LOAN) {
                apply(line.loanId(), l -> l.terms().reduce(line.refundId(), line.amount(), refund.by(), refund.at()));
            }
        }
    }

    /** C-24: the rejected journey's loans stop being dunned and wait on the list to settle; their timers stop. */
    public void suspendFrom(JourneyRejected rejected) {
        for (String id : rejected.loanIds()) {
            apply(id, l -> l.hold(new JourneyHold(true, rejected.reason(), rejected.id(), rejected.at())));
        }
    }

    /**
     * C-24: the restored journey's loans are followed again: the timers of the periods ahead are armed again, and a
     * period that fell due meanwhile is reported at once.
     */
    public void resumeFrom(JourneyRestored restored) {
        Instant now = commands.now();
        for (String id : restored.loanIds()) {
            apply(id, l -> l.hold(new JourneyHold(false, null, restored.id(), restored.at()))).ifPresent(loan -> {
                List<Timer> due = overdueTimers(loan);
                timers.schedule(due.stream().filter(t -> t.at().isAfter(now)).toList());
                due.stream().filter(t -> !t.at().isAfter(now))
                        .forEach(t -> reportOverdue(id, t.occurrence(), t.at()));
            });
        }
    }

    /** The customer's name as corrected on the visit, on each of its loans. */
    public void renameFrom(CustomerCorrected corrected) {
        for (String id : corrected.loanIds()) {
            apply(id, l -> l.rename(corrected.id(), corrected.name(), corrected.by(), corrected.at()));
        }
    }

    /**
     * A visit's fact applied to one of its loans as the system; answers the loan it changed, or none when it changed
     * nothing (a fact applied already is refused by the account). A loan left owing nothing, or suspended, stops its
     * timers. A loan not open yet (its payment's event is still on its way) fails, so the fact is delivered again.
     */
    private Optional<LoanAccount> apply(String id, Function<LoanAccount, Decision<LoanAccount, LoanEvent>> step) {
        try {
            LoanAccount after = commands.apply(Actor.SYSTEM, commands.get(id), Change.of(step)).orThrow().after();
            if (after.outstanding() == 0 || after.suspended()) {
                timers.cancelAll(TimerKind.Subject.LOAN, id);
            }
            return Optional.of(after);
        } catch (Refused appliedAlready) {
            return Optional.empty();
        }
    }

    private static List<Timer> overdueTimers(LoanAccount loan) {
        return loan.schedule().stream().map(i -> new Timer(TimerKind.LOAN_OVERDUE, loan.id(), i.period(),
                TimerKind.LOAN_OVERDUE.dueAfter(i.dueDate()))).toList();
    }

    /** The ledger's clock: what "today" is for the periods' states. */
    public Instant now() {
        return commands.now();
    }

    /** The loan as after-sales staff see it. */
    public LoanAccount get(Actor actor, String id) {
        LoanAccount loan = commands.get(id);
        if (!LoanKind.LOAN.canSee(actor, loan)) {
            throw commands.notFound(id);
        }
        return loan;
    }

    /** C-17 分配售后. */
    public Outcome<LoanAccount> assignOwner(Actor actor, String id, Long version, OwnerForm form,
                                            IdempotencyKey key) {
        OwnerForm valid = Check.body(form).validate();
        Instant now = commands.now();
        return commands.change(actor, id, version, key, Change.reading(Related.staff(valid.staffId()),
                (loan, loaded) -> loan.assignOwner(loaded.staff().get(valid.staffId()), valid.reason(), actor.ref(),
                        now)));
    }

    /** C-18 添加还款. */
    public Outcome<LoanAccount> repay(Actor actor, String id, Long version, RepaymentForm form, IdempotencyKey key) {
        return receive(actor, id, version, form, key, false);
    }

    /** C-21 添加追回. */
    public Outcome<LoanAccount> recover(Actor actor, String id, Long version, RepaymentForm form,
                                        IdempotencyKey key) {
        return receive(actor, id, version, form, key, true);
    }

    private Outcome<LoanAccount> receive(Actor actor, String id, Long version, RepaymentForm form,
                                         IdempotencyKey key, boolean recovery) {
        Instant now = commands.now();
        var received = Check.body(form).validate(today(now));
        return commands.change(actor, id, version, key, Change.of(loan -> {
            String repaymentId = id + "-R" + (loan.repayments().size() + 1);
            return recovery ? loan.recover(repaymentId, received, actor.ref(), now)
                    : loan.repay(repaymentId, received, actor.ref(), now);
        }));
    }

    /** C-20 催款. */
    public Outcome<LoanAccount> dun(Actor actor, String id, Long version, DunningForm form, IdempotencyKey key) {
        Instant now = commands.now();
        var contact = Check.body(form).validate(today(now));
        return commands.change(actor, id, version, key, Change.of(loan -> loan.dun(id + "-D" +
                (loan.dunning().size() + 1), contact, actor.ref(), now)));
    }

    /**
     * C-17 分期调整: what remains over new periods. The old periods' timers are replaced by the new ones with the
     * change.
     */
    public Outcome<LoanAccount> restructure(Actor actor, String id, Long version, RestructureForm form,
                                            IdempotencyKey key) {
        Instant now = commands.now();
        RestructureForm.Terms terms = Check.body(form).validate(today(now));
        Change<LoanAccount, LoanEvent> restructure = Change.of(loan -> loan.terms().restructure(id + "-C"
                + (loan.changes().size() + 1), terms.periods(), terms.first(), terms.reason(), actor.ref(), now));
        // the new periods reuse the old ones' numbers: the path cancels the old timers before it arms the new
        return commands.change(actor, id, version, key, restructure.bringing((accepted, loaded) ->
                AggregateStore.Effects.rearmed(overdueTimers(loaded.record().orElseThrow()),
                        overdueTimers(accepted.after()).stream().filter(t -> t.at().isAfter(now)).toList())));
    }

    /** 提前结清: the outstanding paid at once; the loan's timers stop. */
    public Outcome<LoanAccount> settleEarly(Actor actor, String id, Long version, RepaymentForm form,
                                            IdempotencyKey key) {
        Instant now = commands.now();
        var received = Check.body(form).validate(today(now));
        Outcome<LoanAccount> outcome = commands.change(actor, id, version, key, Change.of(loan ->
                loan.terms().settleEarly(id + "-R" + (loan.repayments().size() + 1), received, actor.ref(), now)));
        timers.cancelAll(TimerKind.Subject.LOAN, id);
        return outcome;
    }

    /** 取消分期 (the super admin): what remains is no longer owed; the loan's timers stop. */
    public Outcome<LoanAccount> writeOff(Actor actor, String id, Long version, ReasonForm form, IdempotencyKey key) {
        Instant now = commands.now();
        String reason = Check.body(form).validate();
        Outcome<LoanAccount> outcome = commands.change(actor, id, version, key, Change.of(loan ->
                loan.terms().writeOff(id + "-C" + (loan.changes().size() + 1), reason, actor.ref(), now)));
        timers.cancelAll(TimerKind.Subject.LOAN, id);
        return outcome;
    }

    /**
     * A period's overdue timer fired, scheduled for {@code at} (the day after the due date): reported once, and only
     * when the period was still unpaid then (a repayment in time, a repeated firing change nothing; a late delivery
     * reports what was due on its own day). Answers whether it reported.
     */
    public boolean reportOverdue(String id, int period, Instant at) {
        LoanAccount loan = commands.get(id);
        if (!loan.overdueToReport(period, at)) {
            return false;
        }
        try {
            commands.apply(Actor.SYSTEM, loan, Change.of(l -> l.reportOverdue(period, at))).orThrow();
            return true;
        } catch (Refused reportedMeanwhile) {
            return false;
        }
    }

    private static LocalDate today(Instant now) {
        return ShanghaiTime.dateOf(now);
    }
}
