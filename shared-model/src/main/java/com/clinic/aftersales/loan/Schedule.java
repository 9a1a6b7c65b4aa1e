package com.clinic.aftersales.loan;

import com.clinic.journey.visit.Installment;
import com.clinic.journey.visit.Loan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A loan's periods and how they change: money received fills them oldest first; a smaller principal or new terms
 * recompute what is not yet paid, exactly to the fen, and never touch what was.
 */
record Schedule(List<Installment> periods) {
    Schedule {
        periods = List.copyOf(periods);
    }

    long total() {
        return periods.stream().mapToLong(Installment::amount).sum();
    }

    /** How many periods {@code received} covers in full (they are kept as they are). */
    int paidInFull(long received) {
        int n = 0;
        for (Installment i : periods) {
            if (received < i.amount()) {
                break;
            }
            received -= i.amount();
            n++;
        }
        return n;
    }

    /** What {@code received} paid of the first period it does not cover in full. */
    private long partOfNext(long received) {
        for (Installment i : periods) {
            if (received < i.amount()) {
                return received;
            }
            received -= i.amount();
        }
        return 0;
    }

    /**
     * The same due dates for a new principal (a price cut, a write-off): the periods {@code received} covers stay,
     * and what remains to pay, {@code principal - received}, is spread evenly over the periods not yet covered
     * (the partly paid one keeps what it was paid), the odd fen to the first of them.
     */
    Schedule withPrincipal(long principal, long received) {
        if (received > principal) {
            throw new IllegalArgumentException("received " + received + " is more than the principal " + principal);
        }
        int kept = paidInFull(received);
        if (kept == periods.size()) {
            return this;
        }
        long paidOfNext = partOfNext(received);
        List<Long> shares = Loan.split(principal - received, periods.size() - kept);
        List<Installment> next = new ArrayList<>(periods.subList(0, kept));
        for (int i = kept; i < periods.size(); i++) {
            Installment old = periods.get(i);
            next.add(new Installment(old.period(), old.dueDate(), shares.get(i - kept) + (i == kept ? paidOfNext : 0)));
        }
        return new Schedule(next);
    }

    /**
     * New terms for what remains (C-17 restructuring): the periods {@code received} covers stay, a partly paid one
     * is closed at what it was paid, and the rest is split over {@code count} monthly periods from {@code first},
     * numbered after them.
     */
    Schedule restructured(long received, int count, LocalDate first) {
        int kept = paidInFull(received);
        long paidOfNext = partOfNext(received);
        List<Installment> next = new ArrayList<>(periods.subList(0, kept));
        if (paidOfNext > 0) {
            Installment partly = periods.get(kept);
            next.add(new Installment(partly.period(), partly.dueDate(), paidOfNext));
        }
        long remaining = total() - received;
        int from = next.size();
        for (Installment i : Loan.of(remaining, count, first).schedule()) {
            next.add(new Installment(from + i.period(), i.dueDate(), i.amount()));
        }
        return new Schedule(next);
    }
}
