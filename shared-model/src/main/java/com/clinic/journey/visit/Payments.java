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
        return new Taken(with(lines, ids, false, cashier, at), sum, null, null);
    }

    /**
     * C-15 多退: money goes back the way it came — each line's method returns at most what that method took, net of
     * earlier refunds and of this request's earlier lines — and together at most {@code owed}.
     */
    public Taken refund(List<PaymentForm.Line> lines, List<String> ids, long owed, StaffRef cashier, Instant at) {
        long sum = 0;
        Map<PaymentMethod, Long> left = new EnumMap<>(PaymentMethod.class);
        for (int i = 0; i < lines.size(); i++) {
            PaymentForm.Line l = lines.get(i);
            long methodLeft = left.computeIfAbsent(l.method(), this::netBy);
            if (l.amount() > methodLeft) {
                return Taken.refused(line(i), methodLeft == 0 ? "nothing was paid by " + l.method() + " to refund"
                        : "at most " + methodLeft + " fen can go back by " + l.method() + ", what it took net of refunds");
            }
            left.put(l.method(), methodLeft - l.amount());
            sum = Money.add(sum, l.amount());
            if (sum > owed) {
                return Taken.refused(line(i), "the refund comes to " + sum + " fen with this line, more than the "
                        + owed + " fen owed back");
            }
        }
        return new Taken(with(lines, ids, true, cashier, at), sum, null, null);
    }

    /** These payments and the lines as recorded: a refund as a negative amount, a loan with its schedule. */
    private Payments with(List<PaymentForm.Line> lines, List<String> ids, boolean refund, StaffRef cashier,
                          Instant at) {
        List<Payment> added = new ArrayList<>(all);
        for (int i = 0; i < lines.size(); i++) {
            PaymentForm.Line l = lines.get(i);
            Loan loan = !refund && l.method() == PaymentMethod.LOAN ? Loan.of(l.amount(), l.periods(), l.first()) : null;
            added.add(new Payment(ids.get(i), l.method(), refund ? -l.amount() : l.amount(), l.remark(), loan, cashier,
                    at));
        }
        return new Payments(added);
    }

    private static String line(int i) {
        return "lines[" + i + "].amount";
    }
}
