package com.clinic.aftersales;

import com.clinic.aftersales.customer.PayingCustomers;
import com.clinic.aftersales.followup.FollowUpEvent;
import com.clinic.aftersales.followup.FollowUpTask;
import com.clinic.aftersales.loan.LoanLedger;
import com.clinic.journey.CustomerCorrected;
import com.clinic.journey.JourneyRejected;
import com.clinic.journey.JourneyRestored;
import com.clinic.journey.OrderRepriced;
import com.clinic.journey.PaymentCollected;
import com.clinic.journey.PaymentRefunded;
import com.clinic.journey.VisitFact;
import com.clinic.platform.Actor;
import com.clinic.platform.Refused;
import com.clinic.platform.command.Change;
import com.clinic.platform.command.Commands;

/**
 * What after-sales keeps of a visit's facts (docs/money-across-departments.md): the paying customers'
 * money, prices and names (C-16), the loans (C-17…C-21) and the follow-up calls' customer names (C-22). Each
 * reaction happens once per fact, so a re-delivered fact changes nothing twice.
 */
public final class VisitFactsListener implements VisitFact.Listener {
    private final PayingCustomers customers;
    private final LoanLedger ledger;
    private final Commands<FollowUpTask, FollowUpEvent> followUps;

    public VisitFactsListener(PayingCustomers customers, LoanLedger ledger,
                              Commands<FollowUpTask, FollowUpEvent> followUps) {
        this.customers = customers;
        this.ledger = ledger;
        this.followUps = followUps;
    }

    /** The fact, handed to the reaction for its kind. */
    public void apply(VisitFact fact) {
        fact.sendTo(this);
    }

    @Override
    public void on(PaymentCollected fact) {
        customers.recordFrom(fact);
        ledger.openFrom(fact);
    }

    @Override
    public void on(PaymentRefunded fact) {
        customers.refundFrom(fact);
        ledger.reduceFrom(fact);
    }

    @Override
    public void on(OrderRepriced fact) {
        customers.repriceFrom(fact);
    }

    /** The loans stop being dunned; the follow-ups were cancelled by the rejection itself (after-sales' own step). */
    @Override
    public void on(JourneyRejected fact) {
        ledger.suspendFrom(fact);
    }

    @Override
    public void on(JourneyRestored fact) {
        ledger.resumeFrom(fact);
    }

    @Override
    public void on(CustomerCorrected fact) {
        customers.correctFrom(fact);
        ledger.renameFrom(fact);
        for (int day : FollowUpTask.DAYS) {
            followUps.find(FollowUpTask.id(fact.visitCode(), day)).ifPresent(task -> {
                try {
                    followUps.apply(Actor.SYSTEM, task, Change.of(t -> t.rename(fact.name(), fact.by(),
                            fact.at()))).orThrow();
                } catch (Refused renamedAlready) {
                    // as corrected already
                }
            });
        }
    }
}
