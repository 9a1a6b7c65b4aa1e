package com.clinic.journey;

import com.clinic.platform.StaffRef;
import java.time.Instant;

/**
 * C-12 价目审核: the order's final price after a review (the first, or a later cut or raise), with what was paid
 * by then, so a department that keeps the customer's consumption keeps the price that stands.
 */
public record OrderRepriced(String id, String visitCode, String customerId, long total, long paid, int revision,
                            StaffRef by, Instant at) implements VisitFact {
    @Override
    public void sendTo(Listener listener) {
        listener.on(this);
    }
}
