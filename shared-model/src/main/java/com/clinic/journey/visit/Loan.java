package com.clinic.journey.visit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** An installment loan taken at the cashier (C-14): the schedule C-17…C-21 follow. */
public record Loan(int periods, LocalDate firstRepaymentDate, List<Installment> schedule) {
    public Loan {
        schedule = List.copyOf(schedule);
    }

    /**
     * Monthly periods from the first repayment date. The principal is split evenly in fen; the remainder goes one
     * fen each to the first periods, so the amounts always add up to the principal exactly.
     */
    public static Loan of(long principal, int periods, LocalDate first) {
        List<Long> amounts = split(principal, periods);
        List<Installment> schedule = new ArrayList<>();
        for (int i = 0; i < periods; i++) {
            schedule.add(new Installment(i + 1, first.plusMonths(i), amounts.get(i)));
        }
        return new Loan(periods, first, schedule);
    }

    /** An amount in {@code parts} even shares, the fen that do not divide one each to the first. */
    public static List<Long> split(long amount, int parts) {
        List<Long> shares = new ArrayList<>(parts);
        for (int i = 0; i < parts; i++) {
            shares.add(amount / parts + (i < amount % parts ? 1 : 0));
        }
        return shares;
    }
}
