package com.clinic.program;

import com.clinic.platform.Role;
import com.clinic.platform.StaffRef;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * H-02: the program's service team in the customer's group — a head coach, an assistant coach and customer
 * service, each invited by the admin and in the group once they accept; a declined invitation is sent again (to
 * the same person or another).
 */
public record Team(List<Invitation> invitations) {
    public Team {
        invitations = List.copyOf(invitations);
    }

    public static final Team NONE = new Team(List.of());

    /** The team's seats, each filled by a staff member holding its role. */
    public enum Seat {
        HEAD_COACH(Role.HEAD_COACH, "headCoachId", "主教练"),
        ASSISTANT_COACH(Role.ASSISTANT_COACH, "assistantCoachId", "副教练"),
        CUSTOMER_SERVICE(Role.CUSTOMER_SERVICE, "customerServiceId", "客服");

        private final Role role;
        private final String field;
        private final String label;

        Seat(Role role, String field, String label) {
            this.role = role;
            this.field = field;
            this.label = label;
        }

        public Role role() {
            return role;
        }

        /** The request field that names the seat's member. */
        public String field() {
            return field;
        }

        public String label() {
            return label;
        }
    }

    public enum Status { INVITED, ACCEPTED, DECLINED }

    /** One seat's invitation: to whom, its state, and which attempt it is (a re-invitation counts up). */
    public record Invitation(Seat seat, StaffRef member, Status status, Instant invitedAt, Instant answeredAt,
                             int attempt) {
    }

    public Optional<Invitation> seat(Seat seat) {
        return invitations.stream().filter(i -> i.seat() == seat).findFirst();
    }

    /** The member holding the seat, once they accepted. */
    public Optional<StaffRef> member(Seat seat) {
        return seat(seat).filter(i -> i.status() == Status.ACCEPTED).map(Invitation::member);
    }

    /** Whether the staff member holds a seat or an invitation not yet answered: the program is their business. */
    public boolean involves(String staffId) {
        return invitations.stream().anyMatch(i -> i.status() != Status.DECLINED && i.member().id().equals(staffId));
    }

    /** Whether the staff member sits in the group (invited and accepted). */
    public boolean isMember(String staffId) {
        return invitations.stream().anyMatch(i -> i.status() == Status.ACCEPTED && i.member().id().equals(staffId));
    }
}
