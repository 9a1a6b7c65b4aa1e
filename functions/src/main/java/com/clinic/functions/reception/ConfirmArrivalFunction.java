package com.clinic.functions.reception;

import com.clinic.functions.api.AllowedRoles;
import com.clinic.functions.api.ApiFunction;
import com.clinic.functions.api.ApiRequest;
import com.clinic.functions.api.ApiResponse;
import com.clinic.functions.api.Serves;
import com.clinic.functions.views.VisitAnswers;
import com.clinic.model.Role;
import com.clinic.model.reception.ReceptionService;
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
