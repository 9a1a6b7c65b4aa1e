package com.clinic.program.functions.orders;

import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.program.order.ProgramForms.ReinviteForm;
import com.clinic.program.order.Programs;
import com.clinic.program.functions.ProgramView;
import io.micronaut.context.ApplicationContext;

/** H-02 异常处理: a declined seat invited again, the same member or another (If-Match: the program's version). */
@Serves({"H-02"})
@AllowedRoles(Role.ADMIN)
public class ReinviteTeamMemberFunction extends ApiFunction {
    private final Programs programs = bean(Programs.class);

    public ReinviteTeamMemberFunction() {
    }

    public ReinviteTeamMemberFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        var again = programs.reinvite(r.actor(), r.path("id"), Seats.of(r.path("seat")), r.ifMatch(),
                r.body(ReinviteForm.class), r.idempotencyKey());
        return ApiResponse.ok(ProgramView.of(again.value(), programs.now())).taggedWith(again);
    }
}
