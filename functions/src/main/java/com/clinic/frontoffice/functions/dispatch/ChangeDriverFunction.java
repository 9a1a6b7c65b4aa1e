package com.clinic.frontoffice.functions.dispatch;

import com.clinic.frontoffice.dispatch.DispatchService;
import com.clinic.journey.visit.DriverForm;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.views.VisitAnswers;
import io.micronaut.context.ApplicationContext;

/** C-03 修改司机: another driver before the pick-up, with the reason; the history is kept. */
@Serves({"C-03"})
@AllowedRoles(Role.DISPATCHER)
public class ChangeDriverFunction extends ApiFunction {
    private final DispatchService dispatch = bean(DispatchService.class);

    public ChangeDriverFunction() {
    }

    public ChangeDriverFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return VisitAnswers.changed(r.actor(), dispatch.changeDriver(r.actor(), r.path("code"), r.ifMatch(),
                r.body(DriverForm.class), r.idempotencyKey()));
    }
}
