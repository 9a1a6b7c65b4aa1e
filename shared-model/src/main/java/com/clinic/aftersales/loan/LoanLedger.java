package com.clinic.aftersales.loan;

import com.clinic.journey.PaymentCollected;
import com.clinic.journey.visit.PaymentMethod;
import com.clinic.platform.Actor;
import com.clinic.platform.command.Commands;

/** The after-sales loan ledger (C-17…C-21): loans open from the cashier's payments, once each. */
public final class LoanLedger {
    private final Commands<LoanAccount, LoanEvent> commands;

    public LoanLedger(Commands<LoanAccount, LoanEvent> commands) {
        this.commands = commands;
    }

    /** Reacts to a payment: each loan line opens its account; a re-delivered payment opens nothing twice. */
    public int openFrom(PaymentCollected payment) {
        int opened = 0;
        for (PaymentCollected.Line line : payment.lines()) {
            if (line.method() == PaymentMethod.LOAN && !commands.create(Actor.SYSTEM,
                    LoanAccount.open(payment, line)).replayed()) {
                opened++;
            }
        }
        return opened;
    }
}
