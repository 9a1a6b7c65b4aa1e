package com.clinic.aftersales.loan;

import java.time.LocalDate;

/**
 * C-19 分期明细: one period of the schedule as it stands on a day — what was due, what the repayments covered
 * (oldest period first) and what remains.
 */
public record Period(int period, LocalDate dueDate, long amount, long paid, long remaining, State state) {

    /** Where a period stands on a day (Asia/Shanghai). */
    public enum State {
        /** Falls due later than a week from today. */
        UPCOMING,
        /** Falls due today or within the coming week. */
        DUE,
        /** Its due date has passed and something remains unpaid. */
        OVERDUE,
        /** Fully covered. */
        PAID
    }

    /** Days from a due date counted as "due soon" rather than upcoming. */
    public static final int DUE_WITHIN_DAYS = 7;

    static State stateOn(LocalDate day, LocalDate dueDate, long remaining) {
        if (remaining == 0) {
            return State.PAID;
        }
        if (dueDate.isBefore(day)) {
            return State.OVERDUE;
        }
        return dueDate.isAfter(day.plusDays(DUE_WITHIN_DAYS)) ? State.UPCOMING : State.DUE;
    }
}
