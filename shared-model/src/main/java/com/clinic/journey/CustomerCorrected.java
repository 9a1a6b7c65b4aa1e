package com.clinic.journey;

import com.clinic.platform.StaffRef;
import java.time.Instant;
import java.util.List;

/**
 * C-24 修改基本信息: who the customer is, as corrected on a visit (the mobile number is the identity and does not
 * change); copies elsewhere follow it. {@code at} orders corrections, so a late delivery never undoes a newer one.
 */
public record CustomerCorrected(String id, String visitCode, String customerId, String name, String phone,
                                String source, List<String> loanIds, StaffRef by, Instant at) implements VisitFact {
    public CustomerCorrected {
        loanIds = List.copyOf(loanIds);
    }

    @Override
    public void sendTo(Listener listener) {
        listener.on(this);
    }
}
