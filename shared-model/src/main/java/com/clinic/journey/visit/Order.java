package com.clinic.journey.visit;

import com.clinic.platform.Money;
import com.clinic.platform.StaffRef;
import java.time.Instant;
import java.util.List;

/** The consultant's order (C-11) and its price review (C-12); revision counts the reviews. */
public record Order(List<OrderItem> items, StaffRef consultant, Instant submittedAt, StaffRef reviewedBy,
                    Instant reviewedAt, int revision) {
    public Order {
        items = List.copyOf(items);
    }

    /** What the customer owes for the order, in fen. */
    public long total() {
        return totalOf(items);
    }

    /** The sum of the lines' final prices, exact. */
    public static long totalOf(List<OrderItem> items) {
        return Money.sum(items.stream().mapToLong(OrderItem::finalPrice));
    }
}
