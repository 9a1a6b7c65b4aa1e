package com.clinic.journey;

import com.clinic.journey.visit.Installment;
import com.clinic.journey.visit.PaymentMethod;
import com.clinic.platform.StaffRef;
import com.clinic.platform.command.IntegrationEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * C-14 / C-15: the cashier took money for a visit, split across methods; a loan line carries its schedule. The
 * after-sales loan ledger opens from it (C-17…C-19).
 */
public record PaymentCollected(String id, String visitCode, String customerId, String customerName, String phone,
                               List<Line> lines, StaffRef by, Instant at) implements IntegrationEvent {
    public static final String TYPE = "PaymentCollected";

    public PaymentCollected {
        lines = List.copyOf(lines);
    }

    @Override
    public String type() {
        return TYPE;
    }

    /** One line of the payment: a loan line has its periods, first repayment date and schedule. */
    public record Line(String paymentId, PaymentMethod method, long amount, Integer periods,
                       LocalDate firstRepaymentDate, List<Installment> schedule) {
        public Line {
            schedule = schedule == null ? List.of() : List.copyOf(schedule);
        }
    }
}
