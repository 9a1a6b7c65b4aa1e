package com.clinic.aftersales.followup;

import com.clinic.platform.StaffRef;
import com.clinic.platform.command.DomainEvent;
import java.time.Instant;

/** What happened to a follow-up task; the audit trail records its type. */
public record FollowUpEvent(String type, String subject, StaffRef by, Instant at, String summary)
        implements DomainEvent {
    public static final String RAISED = "FollowUpRaised";
    public static final String CANCELLED = "FollowUpCancelled";
    public static final String REOPENED = "FollowUpReopened";
    public static final String CALL_STARTED = "FollowUpCallStarted";
    public static final String RECORDING_LINKED = "FollowUpRecordingLinked";
    public static final String CARE_NOTED = "FollowUpCareNoted";
    /** C-24 the customer's name was corrected on the visit. */
    public static final String RENAMED = "FollowUpRenamed";
}
