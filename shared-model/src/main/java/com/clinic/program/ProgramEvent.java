package com.clinic.program;

import com.clinic.platform.StaffRef;
import com.clinic.platform.command.DomainEvent;
import java.time.Instant;
import java.util.List;

/**
 * What happened to a program, as types: each event carries the facts of its step, not its wording
 * ({@link ProgramWording} composes the audit line and the notices). Code that tells them apart implements
 * {@link Visitor}, so a new kind of event does not compile until every reader handles it.
 */
public sealed interface ProgramEvent extends DomainEvent {
    <R> R accept(Visitor<R> visitor);

    @Override
    default String summary() {
        return ProgramWording.summary(this);
    }

    /** One method per kind of program event. */
    interface Visitor<R> {
        R orderReceived(ProgramOrderReceived e);

        R held(ProgramHeld e);

        R released(ProgramReleased e);

        R contractTypeConfirmed(ContractTypeConfirmed e);

        R deadlineOverdue(DeadlineOverdue e);

        R teamInvited(TeamInvited e);

        R invitationAccepted(InvitationAccepted e);

        R invitationDeclined(InvitationDeclined e);

        R contractSigned(ContractSigned e);

        R customerSigned(ContractSignedByCustomer e);

        R resignRequested(ContractResignRequested e);

        R archiveTracked(ArchiveTracked e);

        R planSubmitted(PlanSubmitted e);

        R planRevised(PlanRevised e);

        R deliveryChosen(DeliveryChosen e);

        R goodsPacked(GoodsPacked e);

        R shipmentConfirmed(ShipmentConfirmed e);

        R deliveryFollowedUp(DeliveryFollowedUp e);

        R receiptConfirmed(ReceiptConfirmed e);

        R courseTracked(CourseTracked e);
    }

    /** H-01 a paid order became a program. */
    record ProgramOrderReceived(String subject, StaffRef by, Instant at, String orderNo, Program.Channel channel,
            long amount)
            implements ProgramEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.orderReceived(this);
        }
    }

    /** Payment and order disagree: held for the technical team. */
    record ProgramHeld(String subject, StaffRef by, Instant at, List<String> mismatches) implements ProgramEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.held(this);
        }
    }

    /** The technical team verified the payment. */
    record ProgramReleased(String subject, StaffRef by, Instant at, String note) implements ProgramEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.released(this);
        }
    }

    /** H-01 the contract type is confirmed. */
    record ContractTypeConfirmed(String subject, StaffRef by, Instant at, Program.ContractType contractType)
            implements ProgramEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.contractTypeConfirmed(this);
        }
    }

    /** T-12 a step's deadline passed undone (reported once). */
    record DeadlineOverdue(String subject, StaffRef by, Instant at, int n, Step step, Instant dueAt)
            implements ProgramEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.deadlineOverdue(this);
        }
    }

    /** H-02 seats invited (all three, or one again after a decline). */
    record TeamInvited(String subject, StaffRef by, Instant at, List<Team.Invitation> invited) implements ProgramEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.teamInvited(this);
        }
    }

    /** An invited member joined the group. */
    record InvitationAccepted(String subject, StaffRef by, Instant at, Team.Seat seat) implements ProgramEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.invitationAccepted(this);
        }
    }

    /** An invited member declined: the admin invites again. */
    record InvitationDeclined(String subject, StaffRef by, Instant at, Team.Seat seat) implements ProgramEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.invitationDeclined(this);
        }
    }

    /** H-03 / H-04 the contract is signed by both (offline: its scan filed). */
    record ContractSigned(String subject, StaffRef by, Instant at, boolean offline) implements ProgramEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.contractSigned(this);
        }
    }

    /** H-04 the customer signed online; the company countersigns next. */
    record ContractSignedByCustomer(String subject, StaffRef by, Instant at, String textVersion)
            implements ProgramEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.customerSigned(this);
        }
    }

    /** H-03 the signed original is unclear or wrong: signed again. */
    record ContractResignRequested(String subject, StaffRef by, Instant at, String reason) implements ProgramEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.resignRequested(this);
        }
    }

    /** The program followed its health archive's move. */
    record ArchiveTracked(String subject, StaffRef by, Instant at, ArchiveStatus status)
            implements ProgramEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.archiveTracked(this);
        }
    }

    /** H-08 the plan's first version. */
    record PlanSubmitted(String subject, StaffRef by, Instant at, int days, String mealPlanType)
            implements ProgramEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.planSubmitted(this);
        }
    }

    /** H-08 a later version of the plan. */
    record PlanRevised(String subject, StaffRef by, Instant at, int version) implements ProgramEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.planRevised(this);
        }
    }

    /** H-09 pickup or mail recorded. */
    record DeliveryChosen(String subject, StaffRef by, Instant at, Delivery chosen) implements ProgramEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.deliveryChosen(this);
        }
    }

    /** H-10 packed as the plan lists its goods. */
    record GoodsPacked(String subject, StaffRef by, Instant at, Delivery.Packing packing) implements ProgramEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.goodsPacked(this);
        }
    }

    /** H-11 the shipment confirmed with photos; the group is told. */
    record ShipmentConfirmed(String subject, StaffRef by, Instant at, Delivery.Packing packing)
            implements ProgramEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.shipmentConfirmed(this);
        }
    }

    /** H-12 customer service's message about the goods. */
    record DeliveryFollowedUp(String subject, StaffRef by, Instant at, boolean privately, String text)
            implements ProgramEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.deliveryFollowedUp(this);
        }
    }

    /** H-12 the customer confirmed receipt. */
    record ReceiptConfirmed(String subject, StaffRef by, Instant at) implements ProgramEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.receiptConfirmed(this);
        }
    }

    /** The program followed its course: a stage, the plan's days, a deadline opened or closed. */
    record CourseTracked(String subject, StaffRef by, Instant at, Program.Stage stage) implements ProgramEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.courseTracked(this);
        }
    }
}
