package com.clinic.program.functions.deadlines;

import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.views.PageView;
import com.clinic.program.order.Programs;
import com.clinic.program.functions.ProgramView;
import io.micronaut.context.ApplicationContext;

/** T-12: the programs with a deadline passed undone (reported overdue), the longest overdue first. */
@Serves({"T-12"})
@AllowedRoles({Role.ADMIN, Role.SUPER_ADMIN, Role.CUSTOMER_SERVICE, Role.AUDITOR, Role.HEALTH_MANAGER, Role.HEAD_COACH,
        Role.ASSISTANT_COACH})
public class ListOverdueDeadlinesFunction extends ApiFunction {
    private final Programs programs = bean(Programs.class);

    public ListOverdueDeadlinesFunction() {
    }

    public ListOverdueDeadlinesFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        var now = programs.now();
        return ApiResponse.ok(PageView.of(programs.overdue(r.actor(), r.page()), p -> ProgramView.of(p, now)));
    }
}
