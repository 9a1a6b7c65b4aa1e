package com.clinic.functions.reception;

import com.clinic.functions.api.AllowedRoles;
import com.clinic.functions.api.ApiFunction;
import com.clinic.functions.api.ApiRequest;
import com.clinic.functions.api.ApiResponse;
import com.clinic.functions.api.Serves;
import com.clinic.functions.views.VisitAnswers;
import com.clinic.model.Role;
import com.clinic.model.reception.ReceptionService;
import com.clinic.model.visit.CustomerForm;
import io.micronaut.context.ApplicationContext;

/** C-06 直接到店: registers a customer who came without a booking; a known phone number links to that customer (the
 * answer says so). Confirm the arrival next. */
@Serves({"C-06"})
@AllowedRoles(Role.FRONT_DESK)
public class RegisterWalkInFunction extends ApiFunction {
    private final ReceptionService reception = bean(ReceptionService.class);

    public RegisterWalkInFunction() {
    }

    public RegisterWalkInFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return VisitAnswers.registered(r.actor(), reception.registerWalkIn(r.actor(), r.body(CustomerForm.class),
                r.idempotencyKey()));
    }
}
