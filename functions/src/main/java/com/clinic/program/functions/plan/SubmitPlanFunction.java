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
import com.clinic.program.functions.ProgramView;
import io.micronaut.context.ApplicationContext;

/**
 * H-08 提交方案: the health manager submits the 49-day plan (from a template, or written out), once customer
 * service has confirmed the health archive; customer service and the admin are told. Each submission is a new
 * immutable version (a later one until the goods are packed). If-Match: the program's version.
 */
@Serves({"H-08", "T-12"})
@AllowedRoles(Role.HEALTH_MANAGER)
public class SubmitPlanFunction extends ApiFunction {
    private final PlanDesk plans = bean(PlanDesk.class);

    public SubmitPlanFunction() {
    }

    public SubmitPlanFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        var done = plans.submit(r.actor(), r.path("id"), r.ifMatch(), r.body(PlanForms.PlanForm.class),
                r.idempotencyKey());
        return ApiResponse.ok(ProgramView.of(done.value(), plans.now())).taggedWith(done);
    }
}
