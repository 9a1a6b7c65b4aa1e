package com.clinic.program.functions.orders;


import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.program.order.Programs;
import com.clinic.program.functions.ProgramView;
import io.micronaut.context.ApplicationContext;

/** A program with its order, stage and deadlines, and its ETag; a customer sees only her own (another's is 404). */
@Serves({"H-01", "T-12"})
@AllowedRoles({Role.ADMIN, Role.SUPER_ADMIN, Role.CUSTOMER_SERVICE, Role.AUDITOR, Role.HEALTH_MANAGER, Role.HEAD_COACH,
        Role.ASSISTANT_COACH, Role.CUSTOMER})
public class GetProgramFunction extends ApiFunction {
    private final Programs programs = bean(Programs.class);

    public GetProgramFunction() {
    }

    public GetProgramFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        var p = programs.get(r.actor(), r.path("id"));
        return ApiResponse.ok(ProgramView.of(p, programs.now())).withETag(p.version());
    }
}
