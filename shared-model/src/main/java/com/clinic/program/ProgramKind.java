package com.clinic.program;

import com.clinic.platform.Actor;
import com.clinic.platform.Money;
import com.clinic.platform.Role;
import com.clinic.platform.command.RecordKind;
import com.clinic.platform.notification.Notification;
import java.util.List;
import java.util.Set;

/**
 * The program's rules for the command path. Need to know: the office roles that work every program's steps (the
 * admin, the super admin, the auditor, the health manager) see every program; a coach or customer service member
 * only the programs whose team they sit in or are invited to; a customer only her own. To anyone else a program is
 * unknown (404), on every route. The health archive has its own, narrower readers. The admin hears of new orders,
 * the technical team (the super admin) of held ones, and the owing role and its lead of a deadline that passed.
 */
public final class ProgramKind implements RecordKind<Program, ProgramEvent> {
    public static final ProgramKind PROGRAM = new ProgramKind();
    /** The office roles: they work every program's steps, so they see every program. */
    public static final Set<Role> OFFICE_ROLES = Set.of(Role.ADMIN, Role.SUPER_ADMIN, Role.AUDITOR, Role.HEALTH_MANAGER);

    private ProgramKind() {
    }

    @Override
    public String name() {
        return "program";
    }

    @Override
    public boolean canSee(Actor actor, Program p) {
        return actor.roles().stream().anyMatch(OFFICE_ROLES::contains)
                || actor.hasAny(Role.CUSTOMER_SERVICE, Role.HEAD_COACH, Role.ASSISTANT_COACH)
                && p.team().involves(actor.id())
                || actor.hasAny(Role.CUSTOMER) && actor.id().equals(p.order().customerId());
    }

    /** Its customer's timeline is her mobile number's. */
    @Override
    public String concerns(Program p) {
        return p.order().phone();
    }

    @Override
    public String state(Program p) {
        return p.stage().name();
    }

    @Override
    public List<Notification> notifications(ProgramEvent event, Program after) {
        return ProgramWording.notices(event, after);
    }
}
