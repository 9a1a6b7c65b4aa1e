package com.clinic.aftersales.loan;

import com.clinic.platform.StaffRef;
import com.clinic.platform.command.DomainEvent;
import java.time.Instant;

/** What happened to a loan account; the audit trail records its type. */
public record LoanEvent(String type, String subject, StaffRef by, Instant at, String summary) implements DomainEvent {
    /** The loan was taken at the cashier and its account opened. */
    public static final String OPENED = "LoanOpened";
}
