package com.clinic.frontoffice.functions.reception;

import com.clinic.frontoffice.reception.ReceptionService;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.views.VisitAnswers;
import io.micronaut.context.ApplicationContext;

/** C-05 确认到店: a booked customer (picked up or not) or a registered walk-in is at the front desk. */
@Serves({"C-05"})
@AllowedRoles(Role.FRONT_DESK)
public class ConfirmArrivalFunction extends ApiFunction {
    private final ReceptionService reception = bean(ReceptionService.class);

    public ConfirmArrivalFunction() {
    }

    public ConfirmArrivalFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        r.noBody();
        return VisitAnswers.changed(r.actor(), reception.confirmArrival(r.actor(), r.path("code"), r.ifMatch(),
                r.idempotencyKey()));
    }
}
