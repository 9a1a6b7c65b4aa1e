package com.clinic.journey;

import com.clinic.platform.StaffRef;
import java.time.Instant;
import java.util.List;

/** C-24 拒绝流程: the journey stopped; the loans it took (their ids) are no longer dunned. */
public record JourneyRejected(String id, String visitCode, String customerId, String reason, List<String> loanIds,
                              StaffRef by, Instant at) implements VisitFact {
    public JourneyRejected {
        loanIds = List.copyOf(loanIds);
    }

    @Override
    public void sendTo(Listener listener) {
        listener.on(this);
    }
}
