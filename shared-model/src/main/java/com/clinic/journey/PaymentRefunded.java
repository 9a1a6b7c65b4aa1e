package com.clinic.journey;

import com.clinic.journey.visit.PaymentMethod;
import com.clinic.platform.StaffRef;
import java.time.Instant;
import java.util.List;

/**
 * C-15 多退: money went back to the customer the way it came. A LOAN line is not cash: it reduces the loan it names
 * ({@code loanId}, the loan's payment id), which the after-sales ledger applies to what the loan still finances.
 *
 * @param total the order's final price when the refund was made, in fen
 */
public record PaymentRefunded(String id, String visitCode, String customerId, List<Line> lines, long total,
                              StaffRef by, Instant at) implements VisitFact {
    public PaymentRefunded {
        lines = List.copyOf(lines);
    }

    @Override
    public void sendTo(Listener listener) {
        listener.on(this);
    }

    /** What the refund came to in all, in fen (positive). */
    public long amount() {
        return lines.stream().mapToLong(Line::amount).sum();
    }

    /** One line: the refund's id, how, how much (positive fen) and, for a loan, which. */
    public record Line(String refundId, PaymentMethod method, long amount, String loanId) {
    }
}
