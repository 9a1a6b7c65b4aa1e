package com.clinic.journey.visit;

import com.clinic.journey.visit.Forms.PaymentForm;
import com.clinic.platform.Money;
import com.clinic.platform.StaffRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The money that moved at the cashier for a visit (C-14, C-15): collections, and refunds as negative amounts. It
 * knows what was paid in all and by each method, and takes new lines only within what is due or owed back.
 */
public record Payments(List<Payment> all) {
    public static final Payments NONE = new Payments(List.of());

    public Payments {
        all = List.copyOf(all);
    }

    /** Collected minus refunded, in fen; never negative (a refund never exceeds what its method took). */
    public long paid() {
        return Money.sum(all.stream().mapToLong(Payment::amount));
    }

    /** What one method took, net of its refunds: the most that can go back to the customer that way. */
    public long netBy(PaymentMethod method) {
        return Money.sum(all.stream().filter(p -> p.method() == method).mapToLong(Payment::amount));
    }

    /** The payments after a step, or the line that may not be taken and why. */
    public record Taken(Payments after, long sum, String field, String refusal) {
        public boolean ok() {
            return refusal == null;
        }

        static Taken refused(String field, String refusal) {
            return new Taken(null, 0, field, refusal);
        }
    }

    /** C-14 收银: lines split across methods, together at most {@code due}; a loan line gets its schedule. */
    public Taken collect(List<PaymentForm.Line> lines, List<String> ids, long due, StaffRef cashier, Instant at) {
        long sum = 0;
        for (int i = 0; i < lines.size(); i++) {
            sum = Money.add(sum, lines.get(i).amount());
            if (sum > due) {
                return Taken.refused(line(i), "the payment comes to " + sum + " fen with this line, more than the "
                        + due + " fen due");
            }
        }
        return new Taken(with(lines, ids, cashier, at), sum, null, null);
    }

    /**
     * C-15 多退: money goes back the way it came — each line's method returns at most what that method took, net of
     * earlier refunds and of this request's earlier lines — and together at most {@code owed}. A LOAN line is no cash:
     * it reduces the loan it names, or the newest loans first, by at most what each still finances here.
     */
    public Taken refund(List<PaymentForm.Line> lines, List<String> ids, long owed, StaffRef cashier, Instant at) {
        long sum = 0;
        Map<PaymentMethod, Long> left = new EnumMap<>(PaymentMethod.class);
        Map<String, Long> loansLeft = new java.util.LinkedHashMap<>();
        loans().forEach(p -> loansLeft.put(p.id(), financedBy(p.id())));
        List<Payment> added = new ArrayList<>(all);
        for (int i = 0; i < lines.size(); i++) {
            PaymentForm.Line l = lines.get(i);
            if (l.loanId() != null && !loansLeft.containsKey(l.loanId())) {
                return Taken.refused("lines[" + i + "].loanId", "no loan " + l.loanId() + " was taken for this visit");
            }
            long methodLeft = l.loanId() != null ? loansLeft.get(l.loanId())
                    : l.method() == PaymentMethod.LOAN ? Money.sum(loansLeft.values().stream().mapToLong(x -> x))
                    : left.computeIfAbsent(l.method(), this::netBy);
            if (l.amount() > methodLeft) {
                return Taken.refused(line(i), methodLeft == 0 ? "nothing was paid by " + l.method() + " to refund"
                        : "at most " + methodLeft + " fen can go back by " + l.method() + ", what it took net of refunds");
            }
            sum = Money.add(sum, l.amount());
            if (sum > owed) {
                return Taken.refused(line(i), "the refund comes to " + sum + " fen with this line, more than the "
                        + owed + " fen owed back");
            }
            if (l.method() != PaymentMethod.LOAN) {
                left.put(l.method(), methodLeft - l.amount());
                added.add(new Payment(ids.get(i), l.method(), -l.amount(), l.remark(), null, null, cashier, at));
                continue;
            }
            long rest = l.amount();
            int part = 1;
            for (String loanId : newestFirst(loansLeft, l.loanId())) {
                long cut = Math.min(rest, loansLeft.get(loanId));
                if (cut > 0) {
                    loansLeft.put(loanId, loansLeft.get(loanId) - cut);
                    added.add(new Payment(ids.get(i) + (part++ == 1 ? "" : "-" + part), PaymentMethod.LOAN, -cut,
                            l.remark(), null, loanId, cashier, at));
                    rest -= cut;
                }
            }
        }
        return new Taken(new Payments(added), sum, null, null);
    }

    /** The loans taken for the visit (their LOAN collections), oldest first. */
    public List<Payment> loans() {
        return all.stream().filter(p -> p.method() == PaymentMethod.LOAN && !p.refund()).toList();
    }

    /** What a loan still finances here: what it lent, less the refunds that reduced it. */
    public long financedBy(String loanId) {
        return Money.sum(all.stream().filter(p -> loanId.equals(p.id()) || loanId.equals(p.loanId()))
                .mapToLong(Payment::amount));
    }

    /** The loan a line names, or every loan of the visit newest first. */
    private static List<String> newestFirst(Map<String, Long> loans, String named) {
        if (named != null) {
            return List.of(named);
        }
        List<String> ids = new ArrayList<>(loans.keySet());
        java.util.Collections.reverse(ids);
        return ids;
    }

    /** These payments and the collected lines as recorded, a loan with its schedule. */
    private Payments with(List<PaymentForm.Line> lines, List<String> ids, StaffRef cashier, Instant at) {
        List<Payment> added = new ArrayList<>(all);
        for (int i = 0; i < lines.size(); i++) {
            PaymentForm.Line l = lines.get(i);
            Loan loan = l.method() == PaymentMethod.LOAN ? Loan.of(l.amount(), l.periods(), l.first()) : null;
            added.add(new Payment(ids.get(i), l.method(), l.amount(), l.remark(), loan, null, cashier, at));
        }
        return new Payments(added);
    }

    private static String line(int i) {
        return "lines[" + i + "].amount";
    }
}
