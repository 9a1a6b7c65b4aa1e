package com.clinic.program.functions.orders;

import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.program.order.ProgramForms.TeamForm;
import com.clinic.program.order.Programs;
import com.clinic.program.functions.ProgramView;
import io.micronaut.context.ApplicationContext;

/**
 * H-02 邀请服务团队进群 (If-Match): the head coach, the assistant coach and customer service are invited into the
 * customer's group (each told); H-02's deadline is done.
 */
@Serves({"H-02", "T-12"})
@AllowedRoles(Role.ADMIN)
public class InviteServiceTeamFunction extends ApiFunction {
    private final Programs programs = bean(Programs.class);

    public InviteServiceTeamFunction() {
    }

    public InviteServiceTeamFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        var invited = programs.inviteTeam(r.actor(), r.path("id"), r.ifMatch(), r.body(TeamForm.class),
                r.idempotencyKey());
        return ApiResponse.ok(ProgramView.of(invited.value(), programs.now())).taggedWith(invited);
    }
}
