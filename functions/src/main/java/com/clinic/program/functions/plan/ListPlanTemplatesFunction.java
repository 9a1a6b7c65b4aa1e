package com.clinic.program.functions.plan;

import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.program.plan.PlanDesk;
import io.micronaut.context.ApplicationContext;

/**
 * H-08 the plan templates the health managers keep, with the list's version (its ETag) for the next save.
 */
@Serves({"H-08"})
@AllowedRoles({Role.HEALTH_MANAGER, Role.SUPER_ADMIN})
public class ListPlanTemplatesFunction extends ApiFunction {
    private final PlanDesk plans = bean(PlanDesk.class);

    public ListPlanTemplatesFunction() {
    }

    public ListPlanTemplatesFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        var templates = plans.templates();
        return ApiResponse.ok(PlanTemplatesView.of(templates)).withETag(templates.version());
    }
}
