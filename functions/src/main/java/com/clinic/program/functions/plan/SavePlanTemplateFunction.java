package com.clinic.program.functions.plan;

import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.program.plan.PlanForms;
import com.clinic.program.delivery.DeliveryForms;
import com.clinic.program.plan.PlanDesk;
import io.micronaut.context.ApplicationContext;

/**
 * H-08 方案模板: the health manager saves a plan template under its id (added, or replaced as sent); plans made
 * from it keep their own copy. If-Match: the template list's version (none, or "0", for the first).
 */
@Serves({"H-08"})
@AllowedRoles(Role.HEALTH_MANAGER)
public class SavePlanTemplateFunction extends ApiFunction {
    private final PlanDesk plans = bean(PlanDesk.class);

    public SavePlanTemplateFunction() {
    }

    public SavePlanTemplateFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        var saved = plans.saveTemplate(r.actor(), r.path("templateId"), r.ifMatch(),
                r.body(PlanForms.TemplateForm.class), r.idempotencyKey());
        return ApiResponse.ok(PlanTemplatesView.of(saved.value())).taggedWith(saved);
    }
}
