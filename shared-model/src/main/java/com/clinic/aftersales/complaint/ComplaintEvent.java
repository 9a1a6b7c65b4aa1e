package com.clinic.aftersales.complaint;

import com.clinic.platform.StaffRef;
import com.clinic.platform.command.DomainEvent;
import java.time.Instant;

/** What happened to a complaint; the audit trail records its type. */
public record ComplaintEvent(String type, String subject, StaffRef by, Instant at, String summary)
        implements DomainEvent {
    public static final String RAISED = "ComplaintRaised";
    public static final String EDITED = "ComplaintEdited";
    public static final String HANDLED = "ComplaintHandled";
}
