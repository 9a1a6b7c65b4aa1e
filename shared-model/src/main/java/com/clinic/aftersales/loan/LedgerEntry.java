package com.clinic.aftersales.loan;

/**
 * One line of a list across loans (C-20 催款明细, C-21 追回记录): the loan it belongs to, with the customer, and the
 * dunning contact or recovery itself.
 */
public record LedgerEntry<T>(String loanId, String visitCode, String customerName, T entry) {
}
