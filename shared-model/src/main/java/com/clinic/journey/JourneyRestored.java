package com.clinic.journey;

import com.clinic.platform.StaffRef;
import java.time.Instant;
import java.util.List;

/** C-24 恢复流程: the journey goes on; its loans are followed again. */
public record JourneyRestored(String id, String visitCode, String customerId, List<String> loanIds, StaffRef by,
                              Instant at) implements VisitFact {
    public JourneyRestored {
        loanIds = List.copyOf(loanIds);
    }

    @Override
    public void sendTo(Listener listener) {
        listener.on(this);
    }
}
