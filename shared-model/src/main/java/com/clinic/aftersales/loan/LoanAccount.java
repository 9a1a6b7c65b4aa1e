package com.clinic.aftersales.loan;

import com.clinic.aftersales.loan.LoanForms.Contact;
import com.clinic.aftersales.loan.LoanForms.Received;
import com.clinic.journey.PaymentCollected;
import com.clinic.journey.visit.Assigned;
import com.clinic.journey.visit.Installment;
import com.clinic.platform.Actor;
import com.clinic.platform.Money;
import com.clinic.platform.Role;
import com.clinic.platform.ShanghaiTime;
import com.clinic.platform.StaffRef;
import com.clinic.platform.command.Aggregate;
import com.clinic.platform.command.Decision;
import com.clinic.platform.command.Decision.Accepted;
import com.clinic.platform.staff.StaffMember;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * C-17…C-21: an installment loan taken at the cashier, followed by after-sales. The schedule is the cashier's;
 * the ledger adds the owner who chases it (with history), the repayments and recoveries (applied to the oldest
 * open periods first, so what each period has been paid follows from the total received), the dunning contacts
 * and the periods already reported overdue. Its id is the payment's, so the loan opens once however often the
 * payment's event is delivered. Every fen reconciles: the periods' paid amounts add up to the money received, and
 * their remainders to what is outstanding.
 */
public record LoanAccount(String id, String visitCode, String customerId, String customerName, String phone,
                          long principal, List<Installment> schedule, Assigned owner, List<Repayment> repayments,
                          List<DunningContact> dunning, List<Integer> overdueRaised, List<LoanChange> changes,
                          JourneyHold hold, Instant openedAt, long version)
        implements Aggregate {

    /** Where the account stands, for lists and the audit trail. */
    public enum Status {
        /** Money remains and no reported overdue period is unpaid. */
        OPEN,
        /** A period reported overdue is still unpaid. */
        OVERDUE,
        /** The journey was rejected: not dunned, waiting on the list to settle (restore, settle, cancel). */
        SUSPENDED,
        /** Everything was repaid. */
        SETTLED,
        /** Nothing is owed any more without everything having been repaid: reduced to nothing or written off. */
        CANCELLED
    }

    public LoanAccount {
        schedule = List.copyOf(schedule);
        repayments = List.copyOf(repayments);
        dunning = List.copyOf(dunning);
        overdueRaised = List.copyOf(overdueRaised);
        changes = List.copyOf(changes);
    }

    /** Opens the account of a loan line of a collected payment. */
    public static Accepted<LoanAccount, LoanEvent> open(PaymentCollected payment, PaymentCollected.Line line) {
        LoanAccount a = new LoanAccount(line.paymentId(), payment.visitCode(), payment.customerId(),
                payment.customerName(), payment.phone(), line.amount(), line.schedule(), Assigned.NONE, List.of(),
                List.of(), List.of(), List.of(), null, payment.at(), 1);
        return new Accepted<>(a, new LoanEvent.LoanOpened(a.id(), payment.by(), payment.at(), line.amount(),
                line.periods(), line.firstRepaymentDate()));
    }

    /** What the schedule asks in all. */
    public long total() {
        return Money.sum(schedule.stream().mapToLong(Installment::amount));
    }

    /** Money received: repayments and recoveries, less what was returned to the customer. */
    public long received() {
        return Money.sum(repayments.stream().mapToLong(Repayment::amount));
    }

    /** Money recovered after dunning (part of {@link #received()}). */
    public long recovered() {
        return Money.sum(repayments.stream().filter(Repayment::recovery).mapToLong(Repayment::amount));
    }

    public long outstanding() {
        return total() - received();
    }

    /** The schedule as it stands on a day: the money received fills the periods in order. */
    public List<Period> periodsOn(LocalDate day) {
        long left = received();
        List<Period> periods = new ArrayList<>(schedule.size());
        for (Installment i : schedule) {
            long paid = Math.min(left, i.amount());
            left -= paid;
            long remaining = i.amount() - paid;
            periods.add(new Period(i.period(), i.dueDate(), i.amount(), paid, remaining,
                    Period.stateOn(day, i.dueDate(), remaining)));
        }
        return periods;
    }

    /** The due date of the oldest period not fully paid; null once settled. */
    public LocalDate nextDueDate() {
        return periodsOn(LocalDate.MIN).stream().filter(p -> p.remaining() > 0).map(Period::dueDate).findFirst()
                .orElse(null);
    }

    /** Days since the oldest unpaid period fell due, on a day; 0 when nothing is overdue. */
    public long daysOverdue(LocalDate day) {
        LocalDate due = nextDueDate();
        return due == null || !due.isBefore(day) ? 0 : ChronoUnit.DAYS.between(due, day);
    }

    public Status status() {
        if (outstanding() == 0) {
            return principal == 0 || changes.stream().anyMatch(c -> c.kind() == LoanChange.Kind.WRITTEN_OFF)
                    ? Status.CANCELLED : Status.SETTLED;
        }
        if (suspended()) {
            return Status.SUSPENDED;
        }
        List<Period> periods = periodsOn(LocalDate.MIN);
        return overdueRaised.stream().anyMatch(n -> periods.get(n - 1).remaining() > 0) ? Status.OVERDUE
                : Status.OPEN;
    }

    /**
     * C-17 分配售后: the owner must be an active after-sales member; handing the loan to someone else needs a
     * reason, kept in the history.
     */
    public Decision<LoanAccount, LoanEvent> assignOwner(StaffMember member, String reason, StaffRef by,
                                                        Instant at) {
        if (member == null || !member.active() || !member.canAct(Role.AFTER_SALES)) {
            return Decision.invalid("staffId", "the owner must be an active after-sales member");
        }
        if (owner.is(member.id())) {
            return Decision.refuse(member.name() + " already follows this loan");
        }
        if (owner.current() != null && (reason == null || reason.isBlank())) {
            return Decision.invalid("reason", "say why the loan changes hands");
        }
        LoanAccount next = with(owner.to(member.ref(), by, reason, at), repayments, dunning, overdueRaised);
        return new Accepted<>(next, new LoanEvent.LoanOwnerAssigned(id, by, at,
                owner.current() == null ? null : owner.current().name(), member.name()));
    }

    /** C-18 添加还款. */
    public Decision<LoanAccount, LoanEvent> repay(String repaymentId, Received form, StaffRef by, Instant at) {
        return receive(repaymentId, form, false, by, at);
    }

    /** C-21 添加追回: money obtained by dunning, applied like a repayment; it follows at least one contact. */
    public Decision<LoanAccount, LoanEvent> recover(String repaymentId, Received form, StaffRef by,
                                                    Instant at) {
        if (dunning.isEmpty()) {
            return Decision.refuse("a recovery follows dunning: record the contact (催款) first");
        }
        return receive(repaymentId, form, true, by, at);
    }

    private Decision<LoanAccount, LoanEvent> receive(String repaymentId, Received form, boolean recovery,
                                                     StaffRef by, Instant at) {
        if (outstanding() == 0) {
            return Decision.refuse("the loan is " + status().name().toLowerCase() + ": nothing is outstanding");
        }
        if (form.amount() <= 0) {
            return Decision.invalid("amount", "must be at least 1 fen");
        }
        if (form.amount() > outstanding()) {
            return Decision.invalid("amount", Money.yuan(form.amount()) + " is more than the "
                    + Money.yuan(outstanding()) + " outstanding");
        }
        if (form.paidOn().isBefore(ShanghaiTime.dateOf(openedAt))) {
            return Decision.invalid("paidOn", "is before the loan was taken (" + ShanghaiTime.dateOf(openedAt) + ")");
        }
        List<Repayment> next = new ArrayList<>(repayments);
        next.add(new Repayment(repaymentId, form.amount(), form.method(), form.paidOn(), form.remark(), recovery, by,
                at));
        LoanAccount after = with(owner, next, dunning, overdueRaised);
        return new Accepted<>(after, recovery
                ? new LoanEvent.LoanRecovered(id, by, at, form.amount(), form.method(), after.outstanding())
                : new LoanEvent.LoanRepaid(id, by, at, form.amount(), form.method(), after.outstanding()));
    }

    /** C-20 催款: a contact is recorded while a period is overdue. */
    public Decision<LoanAccount, LoanEvent> dun(String contactId, Contact form, StaffRef by, Instant at) {
        LocalDate today = ShanghaiTime.dateOf(at);
        if (suspended()) {
            return Decision.refuse("the journey of this loan is rejected: it is settled, not dunned");
        }
        if (daysOverdue(today) == 0) {
            return Decision.refuse("no period of this loan is overdue");
        }
        List<DunningContact> next = new ArrayList<>(dunning);
        next.add(new DunningContact(contactId, form.channel(), form.outcome(), form.promisedOn(), form.note(), by,
                at));
        return new Accepted<>(with(owner, repayments, next, overdueRaised), new LoanEvent.LoanDunned(id, by, at,
                form.channel(), form.outcome()));
    }

    /** Whether a period is unpaid after its due date and not yet reported: what its overdue timer acts on. */
    public boolean overdueToReport(int period, Instant at) {
        if (suspended() || period < 1 || period > schedule.size() || overdueRaised.contains(period)) {
            return false;
        }
        Period p = periodsOn(ShanghaiTime.dateOf(at)).get(period - 1);
        return p.state() == Period.State.OVERDUE;
    }

    /** The day after a due date passed unpaid: the period is reported overdue, once. */
    public Decision<LoanAccount, LoanEvent> reportOverdue(int period, Instant at) {
        if (!overdueToReport(period, at)) {
            return Decision.refuse("period " + period + " is not overdue, or was reported already");
        }
        List<Integer> next = new ArrayList<>(overdueRaised);
        next.add(period);
        Period p = periodsOn(ShanghaiTime.dateOf(at)).get(period - 1);
        return new Accepted<>(with(owner, repayments, dunning, next), new LoanEvent.LoanPeriodOverdue(id,
                Actor.SYSTEM.ref(), at, period, p.dueDate(), p.remaining()));
    }

    /** Whether a change (a refund's reduction, a correction) was applied already. */
    public boolean applied(String changeId) {
        return changes.stream().anyMatch(c -> c.id().equals(changeId));
    }

    /**
     * C-24 the journey was rejected (or restored): the loan stops (or resumes) being dunned. A fact older than the
     * one applied last changes nothing.
     */
    public Decision<LoanAccount, LoanEvent> hold(JourneyHold next) {
        if (hold != null && !next.at().isAfter(hold.at())) {
            return Decision.refuse("a newer rejection or restore of the journey was applied");
        }
        LoanAccount after = new LoanAccount(id, visitCode, customerId, customerName, phone, principal, schedule,
                owner, repayments, dunning, overdueRaised, changes, next, openedAt, version + 1);
        return new Accepted<>(after, next.rejected()
                ? new LoanEvent.LoanSuspended(id, Actor.SYSTEM.ref(), next.at(), next.reason())
                : new LoanEvent.LoanResumed(id, Actor.SYSTEM.ref(), next.at()));
    }

    /** The customer's name as corrected on the visit; a correction older than one applied changes nothing. */
    public Decision<LoanAccount, LoanEvent> rename(String changeId, String name, StaffRef by, Instant at) {
        boolean newer = changes.stream().filter(c -> c.kind() == LoanChange.Kind.RENAMED)
                .allMatch(c -> at.isAfter(c.at()));
        if (applied(changeId) || !newer || name.equals(customerName)) {
            return Decision.refuse("the name is as corrected already");
        }
        LoanAccount after = new LoanAccount(id, visitCode, customerId, name, phone, principal, schedule, owner,
                repayments, dunning, overdueRaised, append(new LoanChange(changeId, LoanChange.Kind.RENAMED, 0, 0,
                customerName + " → " + name, by, at)), hold, openedAt, version + 1);
        return new Accepted<>(after, new LoanEvent.LoanRenamed(id, by, at, customerName, name));
    }

    /** The changes so far and one more. */
    private List<LoanChange> append(LoanChange change) {
        List<LoanChange> next = new ArrayList<>(changes);
        next.add(change);
        return next;
    }

    /** A change to what is owed, noted beside the state it leaves (its version given: one command, one write). */
    LoanAccount noting(LoanChange change, long newPrincipal, List<Installment> newSchedule,
                       List<Repayment> newRepayments, List<Integer> raised, long newVersion) {
        return new LoanAccount(id, visitCode, customerId, customerName, phone, newPrincipal, newSchedule, owner,
                newRepayments, dunning, raised, append(change), hold, openedAt, newVersion);
    }

    /** C-15, C-17: what is owed changed — reduced by a refund, restructured, settled early or written off. */
    public LoanTerms terms() {
        return new LoanTerms(this);
    }

    /** Whether the journey is rejected: no dunning, no overdue reports. */
    public boolean suspended() {
        return hold != null && hold.rejected();
    }

    private LoanAccount with(Assigned owner, List<Repayment> repayments, List<DunningContact> dunning,
                             List<Integer> overdueRaised) {
        return new LoanAccount(id, visitCode, customerId, customerName, phone, principal, schedule, owner, repayments,
                dunning, overdueRaised, changes, hold, openedAt, version + 1);
    }
}
