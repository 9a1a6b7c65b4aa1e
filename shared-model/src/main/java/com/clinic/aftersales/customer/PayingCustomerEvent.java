package com.clinic.aftersales.customer;

import com.clinic.platform.StaffRef;
import com.clinic.platform.command.DomainEvent;
import java.time.Instant;

/** What happened to a paying customer's record or the level catalogue; the audit trail records its type. */
public record PayingCustomerEvent(String type, String subject, StaffRef by, Instant at, String summary)
        implements DomainEvent {
    public static final String PAID = "CustomerPaid";
    public static final String REFUNDED = "CustomerRefunded";
    public static final String REPRICED = "CustomerOrderRepriced";
    public static final String CORRECTED = "CustomerCorrected";
    public static final String LEVEL_SET = "CustomerLevelSet";
    public static final String LEVELS_CHANGED = "CustomerLevelsChanged";
}
