package com.clinic.aftersales.loan;

import com.clinic.platform.StaffRef;
import java.time.Instant;

/**
 * A change of a loan's terms or of whom it is owed by, kept in its history: a reduction by the cashier's refund
 * (its id is the refund's, so a re-delivered refund reduces nothing twice), new terms, an early settlement, a
 * write-off, a corrected name.
 *
 * @param amount the principal it took off (a reduction, a write-off), what it returned of the repayments (a
 *               reduction beyond what was still owed), or 0
 */
public record LoanChange(String id, Kind kind, long amount, long returned, String note, StaffRef by, Instant at) {
    public enum Kind {
        /** C-15 the cashier's LOAN refund after a price cut: the principal goes down (多退). */
        REDUCED,
        /** C-17 after-sales set new periods for what remains. */
        RESTRUCTURED,
        /** The customer paid everything that remained at once. */
        SETTLED_EARLY,
        /** The super admin cancelled what remained, with a reason. */
        WRITTEN_OFF,
        /** The customer's name was corrected on the visit. */
        RENAMED
    }
}
