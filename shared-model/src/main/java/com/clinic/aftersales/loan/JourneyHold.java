package com.clinic.aftersales.loan;

import java.time.Instant;

/**
 * The last rejection or restore of the loan's journey that the ledger applied: while rejected the loan is not
 * dunned and waits on the list to settle. {@code at} orders them, so a late delivery never undoes a newer one.
 */
public record JourneyHold(boolean rejected, String reason, String eventId, Instant at) {
}
