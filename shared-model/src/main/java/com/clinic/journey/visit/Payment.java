package com.clinic.journey.visit;

import com.clinic.platform.StaffRef;
import java.time.Instant;

/**
 * Money that moved at the cashier, in fen: a collection (positive) or a refund (negative, C-15 多退).
 * A loan payment carries its schedule as taken; a loan's refund names the loan it reduces ({@code loanId}, the
 * loan payment's id).
 */
public record Payment(String id, PaymentMethod method, long amount, String remark, Loan loan, String loanId,
                      StaffRef by, Instant at) {
    public boolean refund() {
        return amount < 0;
    }
}
