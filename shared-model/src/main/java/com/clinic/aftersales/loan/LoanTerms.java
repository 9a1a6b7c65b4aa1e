package com.clinic.aftersales.loan;

import com.clinic.aftersales.loan.LoanForms.Received;
import com.clinic.platform.Actor;
import com.clinic.platform.Money;
import com.clinic.platform.ShanghaiTime;
import com.clinic.platform.StaffRef;
import com.clinic.platform.command.Decision;
import com.clinic.platform.command.Decision.Accepted;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * C-15, C-17 what a loan asks changes: a LOAN refund reduces it, after-sales restructures what remains, the
 * customer settles early, the super admin writes it off. Each is noted in the account's changes, with its reason.
 */
public record LoanTerms(LoanAccount loan) {

    /**
     * C-15 多退 with a loan: the cashier's LOAN refund takes {@code amount} off the principal. What is still owed
     * goes down first, the unpaid periods recomputed on their due dates; past that, repayments go back to the
     * customer the way they came (newest first), recorded here as returned. Once per refund.
     */
    public Decision<LoanAccount, LoanEvent> reduce(String refundId, long amount, StaffRef by, Instant at) {
        if (loan.applied(refundId)) {
            return Decision.refuse("refund " + refundId + " reduced this loan already");
        }
        // a loan written off already owes less than the visit financed: what it no longer has is forgiven already
        long cut = Math.min(amount, loan.principal());
        long returned = Math.max(0, cut - loan.outstanding());
        List<Repayment> next = new ArrayList<>(loan.repayments());
        next.addAll(returns(refundId, returned, at));
        long receivedAfter = loan.received() - returned;
        LoanAccount after = loan.noting(new LoanChange(refundId, LoanChange.Kind.REDUCED, cut, returned, null, by, at),
                loan.principal() - cut, new Schedule(loan.schedule()).withPrincipal(loan.principal() - cut,
                        receivedAfter).periods(), next, loan.overdueRaised(), loan.version() + 1);
        return new Accepted<>(after, new LoanEvent.LoanReduced(loan.id(), by, at, cut, returned,
                after.outstanding()));
    }

    /**
     * What goes back of the repayments, newest first, each the way it came; what earlier reductions returned is
     * taken from the newest first too.
     */
    private List<Repayment> returns(String refundId, long amount, Instant at) {
        long skip = -Money.sum(loan.repayments().stream().filter(r -> r.amount() < 0).mapToLong(Repayment::amount));
        List<Repayment> out = new ArrayList<>();
        List<Repayment> newestFirst = loan.repayments().stream().filter(r -> r.amount() > 0)
                .sorted(Comparator.comparing(Repayment::at).reversed()).toList();
        for (Repayment r : newestFirst) {
            long available = r.amount() - Math.min(skip, r.amount());
            skip -= r.amount() - available;
            long back = Math.min(available, amount);
            if (back > 0) {
                out.add(new Repayment(refundId + "-" + (out.size() + 1), -back, r.method(), ShanghaiTime.dateOf(at),
                        "退还已还款（" + r.id() + "）", false, Actor.SYSTEM.ref(), at));
                amount -= back;
            }
        }
        return out;
    }

    /** C-17 分期调整: what remains is split over new monthly periods from a first due date. */
    public Decision<LoanAccount, LoanEvent> restructure(String changeId, int periods, LocalDate first, String reason,
                                                        StaffRef by, Instant at) {
        if (loan.outstanding() == 0) {
            return Decision.refuse("the loan is " + loan.status().name().toLowerCase()
                    + ": nothing remains to restructure");
        }
        Schedule next = new Schedule(loan.schedule()).restructured(loan.received(), periods, first);
        int kept = new Schedule(loan.schedule()).paidInFull(loan.received());
        LoanAccount after = loan.noting(new LoanChange(changeId, LoanChange.Kind.RESTRUCTURED, 0, 0, reason, by, at),
                loan.principal(), next.periods(), loan.repayments(),
                loan.overdueRaised().stream().filter(n -> n <= kept).toList(), loan.version() + 1);
        return new Accepted<>(after, new LoanEvent.LoanRestructured(loan.id(), by, at, loan.outstanding(),
                periods, first, reason));
    }

    /** 提前结清: the customer pays everything that remains at once. */
    public Decision<LoanAccount, LoanEvent> settleEarly(String repaymentId, Received form, StaffRef by, Instant at) {
        if (loan.outstanding() == 0) {
            return Decision.refuse("the loan is " + loan.status().name().toLowerCase() + ": nothing is outstanding");
        }
        if (form.amount() != loan.outstanding()) {
            return Decision.invalid("amount", "an early settlement pays the " + Money.yuan(loan.outstanding())
                    + " outstanding, no more and no less");
        }
        Decision<LoanAccount, LoanEvent> repaid = loan.repay(repaymentId, form, by, at);
        if (!(repaid instanceof Accepted<LoanAccount, LoanEvent> paid)) {
            return repaid;
        }
        // the change is noted on the state the repayment made: one command, one version
        LoanAccount p = paid.after();
        LoanAccount after = p.noting(new LoanChange(repaymentId, LoanChange.Kind.SETTLED_EARLY, form.amount(), 0,
                form.remark(), by, at), p.principal(), p.schedule(), p.repayments(), p.overdueRaised(), p.version());
        return new Accepted<>(after, new LoanEvent.LoanSettledEarly(loan.id(), by, at, form.amount(),
                form.method()));
    }

    /**
     * 取消分期 (the super admin): what remains is no longer owed, with the reason; what was repaid stays paid. The
     * principal comes down to what was received, so the periods still add up to it.
     */
    public Decision<LoanAccount, LoanEvent> writeOff(String changeId, String reason, StaffRef by, Instant at) {
        if (loan.outstanding() == 0) {
            return Decision.refuse("the loan is " + loan.status().name().toLowerCase() + ": nothing is outstanding");
        }
        long waived = loan.outstanding();
        LoanAccount after = loan.noting(new LoanChange(changeId, LoanChange.Kind.WRITTEN_OFF, waived, 0, reason, by,
                at), loan.received(), new Schedule(loan.schedule()).withPrincipal(loan.received(), loan.received())
                .periods(), loan.repayments(), loan.overdueRaised(), loan.version() + 1);
        return new Accepted<>(after, new LoanEvent.LoanWrittenOff(loan.id(), by, at, waived, reason));
    }
}
