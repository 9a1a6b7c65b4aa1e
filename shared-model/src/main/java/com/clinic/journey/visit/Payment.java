package com.clinic.journey.visit;

import com.clinic.platform.StaffRef;
import java.time.Instant;

/**
 * Money that moved at the cashier, in fen: a collection (positive) or a refund (negative, C-15 多退).
 * A loan payment carries its schedule.
 */
public record Payment(String id, PaymentMethod method, long amount, String remark, Loan loan, StaffRef by,
                      Instant at) {
}
