package com.clinic.functions.dispatch;

import com.clinic.functions.api.AllowedRoles;
import com.clinic.functions.api.ApiFunction;
import com.clinic.functions.api.ApiRequest;
import com.clinic.functions.api.ApiResponse;
import com.clinic.functions.api.Serves;
import com.clinic.functions.views.VisitAnswers;
import com.clinic.model.Role;
import com.clinic.model.dispatch.DispatchService;
import com.clinic.model.visit.DriverForm;
import io.micronaut.context.ApplicationContext;

/** C-02 分配司机: the first driver of a booked customer. */
@Serves({"C-02"})
@AllowedRoles(Role.DISPATCHER)
public class AssignDriverFunction extends ApiFunction {
    private final DispatchService dispatch = bean(DispatchService.class);

    public AssignDriverFunction() {
    }

    public AssignDriverFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return VisitAnswers.changed(r.actor(), dispatch.assignDriver(r.actor(), r.path("code"), r.ifMatch(),
                r.body(DriverForm.class), r.idempotencyKey()));
    }
}
