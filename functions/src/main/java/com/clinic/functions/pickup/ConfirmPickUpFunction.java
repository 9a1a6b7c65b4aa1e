package com.clinic.functions.pickup;

import com.clinic.functions.api.AllowedRoles;
import com.clinic.functions.api.ApiFunction;
import com.clinic.functions.api.ApiRequest;
import com.clinic.functions.api.ApiResponse;
import com.clinic.functions.api.Serves;
import com.clinic.functions.views.VisitAnswers;
import com.clinic.model.Role;
import com.clinic.model.dispatch.DispatchService;
import io.micronaut.context.ApplicationContext;

/** C-04 承接: the assigned driver has the customer. */
@Serves({"C-04"})
@AllowedRoles(Role.DRIVER)
public class ConfirmPickUpFunction extends ApiFunction {
    private final DispatchService dispatch = bean(DispatchService.class);

    public ConfirmPickUpFunction() {
    }

    public ConfirmPickUpFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        r.noBody();
        return VisitAnswers.changed(r.actor(), dispatch.pickUp(r.actor(), r.path("code"), r.ifMatch(), r.idempotencyKey()));
    }
}
