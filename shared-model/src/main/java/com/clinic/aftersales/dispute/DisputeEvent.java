package com.clinic.aftersales.dispute;

import com.clinic.platform.StaffRef;
import com.clinic.platform.command.DomainEvent;
import java.time.Instant;

/** What happened to a dispute; the audit trail records its type. */
public record DisputeEvent(String type, String subject, StaffRef by, Instant at, String summary)
        implements DomainEvent {
    public static final String RAISED = "DisputeRaised";
    public static final String EDITED = "DisputeEdited";
}
