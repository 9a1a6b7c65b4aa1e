package com.clinic.program.functions.course;

import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.program.course.AfterPlanDesk;
import com.clinic.program.functions.ResultsView;
import io.micronaut.context.ApplicationContext;

/**
 * H-20 《方案期成果对比表》: for each metric the start and end values and the change, from the devices' readings
 * (the scale's baseline and last measure, the wristband's first and last week), for the program's staff and its
 * customer.
 */
@Serves({"H-20", "H-22", "H-24"})
@AllowedRoles({Role.ADMIN, Role.SUPER_ADMIN, Role.CUSTOMER_SERVICE, Role.HEALTH_MANAGER, Role.HEAD_COACH,
        Role.ASSISTANT_COACH, Role.AUDITOR, Role.CUSTOMER})
public class GetPlanResultsFunction extends ApiFunction {
    private final AfterPlanDesk course = bean(AfterPlanDesk.class);

    public GetPlanResultsFunction() {
    }

    public GetPlanResultsFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return ApiResponse.ok(ResultsView.of(course.results(r.actor(), r.path("id"))));
    }
}
