package com.clinic.journey;

import com.clinic.journey.visit.Installment;
import com.clinic.journey.visit.PaymentMethod;
import com.clinic.platform.StaffRef;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * C-14 / C-15: the cashier took money for a visit, split across methods; a loan line carries its schedule. The
 * after-sales loan ledger opens from it (C-17…C-19), and the paying customers' list records it (C-16).
 *
 * @param source the customer's source / self-media account as on the visit
 * @param total  the order's final price when the payment was taken, in fen
 */
public record PaymentCollected(String id, String visitCode, String customerId, String customerName, String phone,
                               String source, List<Line> lines, long total, StaffRef by, Instant at)
        implements VisitFact {
    public PaymentCollected {
        lines = List.copyOf(lines);
    }

    @Override
    public void sendTo(Listener listener) {
        listener.on(this);
    }

    /** What the payment came to in all, in fen. */
    public long amount() {
        return lines.stream().mapToLong(Line::amount).sum();
    }

    /** One line of the payment: a loan line has its periods, first repayment date and schedule. */
    public record Line(String paymentId, PaymentMethod method, long amount, Integer periods,
                       LocalDate firstRepaymentDate, List<Installment> schedule) {
        public Line {
            schedule = schedule == null ? List.of() : List.copyOf(schedule);
        }
    }
}
