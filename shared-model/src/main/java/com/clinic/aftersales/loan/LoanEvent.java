package com.clinic.aftersales.loan;

import com.clinic.platform.StaffRef;
import com.clinic.platform.command.DomainEvent;
import java.time.Instant;

/** What happened to a loan account; the audit trail records its type. */
public record LoanEvent(String type, String subject, StaffRef by, Instant at, String summary) implements DomainEvent {
    /** The loan was taken at the cashier and its account opened. */
    public static final String OPENED = "LoanOpened";
    /** C-17 分配售后: an owner was assigned or the loan changed hands. */
    public static final String OWNER_ASSIGNED = "LoanOwnerAssigned";
    /** C-18 a repayment was recorded. */
    public static final String REPAID = "LoanRepaid";
    /** A period's due date passed unpaid: the owner is told to dun. */
    public static final String PERIOD_OVERDUE = "LoanPeriodOverdue";
    /** C-20 a dunning contact was recorded. */
    public static final String DUNNED = "LoanDunned";
    /** C-21 money was recovered after dunning. */
    public static final String RECOVERED = "LoanRecovered";
    /** C-15 the cashier's LOAN refund took part of the principal off. */
    public static final String REDUCED = "LoanReduced";
    /** C-17 what remains was split over new periods. */
    public static final String RESTRUCTURED = "LoanRestructured";
    /** Everything that remained was paid at once. */
    public static final String SETTLED_EARLY = "LoanSettledEarly";
    /** The super admin cancelled what remained. */
    public static final String WRITTEN_OFF = "LoanWrittenOff";
    /** C-24 the journey was rejected: no dunning, on the list to settle. */
    public static final String SUSPENDED = "LoanSuspended";
    /** C-24 the journey was restored: dunned again when a period is late. */
    public static final String RESUMED = "LoanResumed";
    /** The customer's name was corrected. */
    public static final String RENAMED = "LoanRenamed";
}
