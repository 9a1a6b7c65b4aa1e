package com.clinic.frontoffice.functions.pickup;

import com.clinic.frontoffice.dispatch.DispatchService;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.views.VisitAnswers;
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
