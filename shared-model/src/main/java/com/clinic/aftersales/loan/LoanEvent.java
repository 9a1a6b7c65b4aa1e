package com.clinic.aftersales.loan;

import com.clinic.platform.StaffRef;
import com.clinic.platform.command.DomainEvent;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What happened to a loan account, as types. Each carries the facts of its step, not its wording ({@link LoanWording} composes the audit line);
 * code that tells them apart implements {@link Visitor}, so a new kind does not compile until every reader handles
 * it.
 */
public sealed interface LoanEvent extends DomainEvent {
    <R> R accept(Visitor<R> visitor);

    @Override
    default String summary() {
        return LoanWording.summary(this);
    }

    /** One method per kind of event. */
    interface Visitor<R> {
        R opened(LoanOpened e);

        R ownerAssigned(LoanOwnerAssigned e);

        R repaid(LoanRepaid e);

        R periodOverdue(LoanPeriodOverdue e);

        R dunned(LoanDunned e);

        R recovered(LoanRecovered e);

        R reduced(LoanReduced e);

        R restructured(LoanRestructured e);

        R settledEarly(LoanSettledEarly e);

        R writtenOff(LoanWrittenOff e);

        R suspended(LoanSuspended e);

        R resumed(LoanResumed e);

        R renamed(LoanRenamed e);
    }

    /** The loan was taken at the cashier and its account opened. */
    record LoanOpened(String subject, StaffRef by, Instant at, long amount, int periods, LocalDate first)
            implements LoanEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.opened(this);
        }
    }

    /** C-17 分配售后: an owner was assigned, or the loan changed hands (the previous owner's name). */
    record LoanOwnerAssigned(String subject, StaffRef by, Instant at, String previous, String owner)
            implements LoanEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.ownerAssigned(this);
        }
    }

    /** C-18 a repayment was recorded. */
    record LoanRepaid(String subject, StaffRef by, Instant at, long amount, RepaymentMethod method, long outstanding)
            implements LoanEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.repaid(this);
        }
    }

    /** A period's due date passed unpaid: the owner is told to dun. */
    record LoanPeriodOverdue(String subject, StaffRef by, Instant at, int period, LocalDate dueDate, long remaining)
            implements LoanEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.periodOverdue(this);
        }
    }

    /** C-20 a dunning contact was recorded. */
    record LoanDunned(String subject, StaffRef by, Instant at, DunningContact.Channel channel, String outcome)
            implements LoanEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.dunned(this);
        }
    }

    /** C-21 money was recovered after dunning. */
    record LoanRecovered(String subject, StaffRef by, Instant at, long amount, RepaymentMethod method, long outstanding)
            implements LoanEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.recovered(this);
        }
    }

    /** C-15 the cashier's LOAN refund took part of the principal off. */
    record LoanReduced(String subject, StaffRef by, Instant at, long cut, long returned, long outstanding)
            implements LoanEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.reduced(this);
        }
    }

    /** C-17 what remains was split over new periods. */
    record LoanRestructured(String subject, StaffRef by, Instant at, long outstanding, int periods, LocalDate first, String reason)
            implements LoanEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.restructured(this);
        }
    }

    /** Everything that remained was paid at once. */
    record LoanSettledEarly(String subject, StaffRef by, Instant at, long amount, RepaymentMethod method)
            implements LoanEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.settledEarly(this);
        }
    }

    /** The super admin cancelled what remained. */
    record LoanWrittenOff(String subject, StaffRef by, Instant at, long waived, String reason) implements LoanEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.writtenOff(this);
        }
    }

    /** C-24 the journey was rejected: no dunning, on the list to settle. */
    record LoanSuspended(String subject, StaffRef by, Instant at, String reason) implements LoanEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.suspended(this);
        }
    }

    /** C-24 the journey was restored: dunned again when a period is late. */
    record LoanResumed(String subject, StaffRef by, Instant at) implements LoanEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.resumed(this);
        }
    }

    /** The customer's name was corrected. */
    record LoanRenamed(String subject, StaffRef by, Instant at, String was, String name) implements LoanEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.renamed(this);
        }
    }
}
