package com.clinic.program.functions.orders;

import com.clinic.platform.Check;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.views.PageView;
import com.clinic.program.Program;
import com.clinic.program.order.Programs;
import com.clinic.program.functions.ProgramView;
import io.micronaut.context.ApplicationContext;

/** The programs at a stage (?stage=, ORDER_RECEIVED by default), oldest order first: the desks' work queues. */
@Serves({"H-01"})
@AllowedRoles({Role.ADMIN, Role.SUPER_ADMIN, Role.CUSTOMER_SERVICE, Role.AUDITOR, Role.HEALTH_MANAGER, Role.HEAD_COACH,
        Role.ASSISTANT_COACH})
public class ListProgramsFunction extends ApiFunction {
    private final Programs programs = bean(Programs.class);

    public ListProgramsFunction() {
    }

    public ListProgramsFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        Check check = new Check();
        Program.Stage stage = check.oneOf("stage", r.query("stage"), Program.Stage.class, Program.Stage.ORDER_RECEIVED);
        check.done();
        var now = programs.now();
        return ApiResponse.ok(PageView.of(programs.atStage(r.actor(), stage, r.page()), p -> ProgramView.of(p, now)));
    }
}
