package com.clinic.aftersales.loan;

import com.clinic.journey.PaymentCollected;
import com.clinic.journey.visit.Installment;
import com.clinic.platform.StaffRef;
import com.clinic.platform.command.Aggregate;
import com.clinic.platform.command.Decision.Accepted;
import java.time.Instant;
import java.util.List;

/**
 * C-17…C-21: an installment loan taken at the cashier, followed by after-sales: its schedule as made at the cashier,
 * and (as the ledger grows) its owner, repayments, dunning and recoveries. Its id is the payment's id, so the
 * loan opens once however often the payment's event is delivered.
 */
public record LoanAccount(String id, String visitCode, String customerId, String customerName, String phone,
                          long principal, List<Installment> schedule, StaffRef owner, Instant openedAt, long version)
        implements Aggregate {

    public LoanAccount {
        schedule = List.copyOf(schedule);
    }

    /** Opens the account of a loan line of a collected payment. */
    public static Accepted<LoanAccount, LoanEvent> open(PaymentCollected payment, PaymentCollected.Line line) {
        LoanAccount a = new LoanAccount(line.paymentId(), payment.visitCode(), payment.customerId(),
                payment.customerName(), payment.phone(), line.amount(), line.schedule(), null, payment.at(), 1);
        return new Accepted<>(a, new LoanEvent(LoanEvent.OPENED, a.id(), payment.by(), payment.at(),
                "分期 " + line.amount() + " 分，" + line.periods() + " 期，首期 " + line.firstRepaymentDate()));
    }
}
