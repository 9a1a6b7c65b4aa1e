package com.clinic.program;

import com.clinic.platform.StaffRef;
import com.clinic.platform.command.Decision;
import com.clinic.platform.command.Decision.Accepted;
import com.clinic.platform.staff.StaffMember;
import com.clinic.program.Program.Stage;
import com.clinic.program.ProgramEvent.InvitationAccepted;
import com.clinic.program.ProgramEvent.InvitationDeclined;
import com.clinic.program.ProgramEvent.TeamInvited;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** H-02 the program's service team: the three seats invited, each invitation answered, a declined one sent again. */
public final class TeamSteps {
    private TeamSteps() {
    }

    /**
     * H-02 邀请服务团队进群: the three seats, each a member holding its role, are invited; H-02's deadline is done.
     * The customer is in the group from the start.
     */
    public static Decision<Program, ProgramEvent> invite(Program p, Map<Team.Seat, StaffMember> members, StaffRef by,
                                                         Instant at) {
        if (p.stage() != Stage.CONTRACT_TYPE_CONFIRMED) {
            return Decision.refuse(p.stage() == Stage.TEAM_INVITED ? "the team is invited already"
                    : "the team is invited once the contract type is confirmed");
        }
        for (Team.Seat seat : Team.Seat.values()) {
            if (!members.get(seat).canAct(seat.role())) {
                return Decision.invalid(seat.field(), members.get(seat).name() + " is not an active " + seat.label());
            }
        }
        Team invited = new Team(Arrays.stream(Team.Seat.values()).map(seat -> new Team.Invitation(seat,
                members.get(seat).ref(), Team.Status.INVITED, at, null, 1)).toList());
        return new Accepted<>(p.next(Stage.TEAM_INVITED, invited, p.contract(), p.done(Step.INVITE_TEAM, at)),
                new TeamInvited(p.id(), by, at, invited.invitations()));
    }

    /** The invited member accepts (joins the group) or declines (the admin is told, to invite again). */
    public static Decision<Program, ProgramEvent> answer(Program p, Team.Seat seat, StaffRef who, boolean accept,
                                                         Instant at) {
        Optional<Team.Invitation> inv = p.team().seat(seat).filter(i -> i.member().id().equals(who.id()));
        if (inv.isEmpty()) {
            return Decision.refuse("you are not invited to this program's " + seat.label() + " seat");
        }
        if (inv.get().status() != Team.Status.INVITED) {
            return Decision.refuse("this invitation is answered already (" + inv.get().status() + ")");
        }
        Team.Invitation answered = new Team.Invitation(seat, who, accept ? Team.Status.ACCEPTED : Team.Status.DECLINED,
                inv.get().invitedAt(), at, inv.get().attempt());
        return new Accepted<>(withInvitation(p, answered), accept ? new InvitationAccepted(p.id(), who, at, seat)
                : new InvitationDeclined(p.id(), who, at, seat));
    }

    /** A declined invitation sent again, to the same member or another holding the seat's role. */
    public static Decision<Program, ProgramEvent> reinvite(Program p, Team.Seat seat, StaffMember member, StaffRef by,
                                                           Instant at) {
        Optional<Team.Invitation> inv = p.team().seat(seat);
        if (inv.isEmpty() || inv.get().status() != Team.Status.DECLINED) {
            return Decision.refuse("only a declined invitation is sent again");
        }
        if (!member.canAct(seat.role())) {
            return Decision.invalid("staffId", member.name() + " is not an active " + seat.label());
        }
        Team.Invitation again = new Team.Invitation(seat, member.ref(), Team.Status.INVITED, at, null,
                inv.get().attempt() + 1);
        return new Accepted<>(withInvitation(p, again), new TeamInvited(p.id(), by, at, List.of(again)));
    }

    private static Program withInvitation(Program p, Team.Invitation inv) {
        return p.next(p.stage(), new Team(p.team().invitations().stream()
                .map(i -> i.seat() == inv.seat() ? inv : i).toList()), p.contract(), p.deadlines());
    }
}
