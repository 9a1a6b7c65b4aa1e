package com.clinic.aftersales.customer;

import com.clinic.platform.StaffRef;
import com.clinic.platform.command.DomainEvent;
import java.time.Instant;
import java.util.List;

/**
 * What happened to a paying customer's record or the level catalogue, as types. Each carries the facts of its step, not its wording ({@link PayingCustomerWording} composes the audit line);
 * code that tells them apart implements {@link Visitor}, so a new kind does not compile until every reader handles
 * it.
 */
public sealed interface PayingCustomerEvent extends DomainEvent {
    <R> R accept(Visitor<R> visitor);

    @Override
    default String summary() {
        return PayingCustomerWording.summary(this);
    }

    /** One method per kind of event. */
    interface Visitor<R> {
        R paid(CustomerPaid e);

        R refunded(CustomerRefunded e);

        R repriced(CustomerOrderRepriced e);

        R corrected(CustomerCorrected e);

        R levelSet(CustomerLevelSet e);

        R levelsChanged(CustomerLevelsChanged e);
    }

    /** C-16 a payment made her a paying customer, or added to her record. */
    record CustomerPaid(String subject, StaffRef by, Instant at, boolean first, String visitCode, long amount)
            implements PayingCustomerEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.paid(this);
        }
    }

    /** C-15 a refund was taken off her total. */
    record CustomerRefunded(String subject, StaffRef by, Instant at, String visitCode, long amount)
            implements PayingCustomerEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.refunded(this);
        }
    }

    /** C-12 a visit's final price followed a new review. */
    record CustomerOrderRepriced(String subject, StaffRef by, Instant at, String visitCode, long was, long now)
            implements PayingCustomerEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.repriced(this);
        }
    }

    /** C-24 her name (and source) as corrected on the visit. */
    record CustomerCorrected(String subject, StaffRef by, Instant at, String was, String name)
            implements PayingCustomerEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.corrected(this);
        }
    }

    /** C-16 设置等级: her level set from the catalogue. */
    record CustomerLevelSet(String subject, StaffRef by, Instant at, String was, String level, String remark)
            implements PayingCustomerEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.levelSet(this);
        }
    }

    /** The level catalogue was replaced. */
    record CustomerLevelsChanged(String subject, StaffRef by, Instant at, List<String> names)
            implements PayingCustomerEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.levelsChanged(this);
        }
    }
}
