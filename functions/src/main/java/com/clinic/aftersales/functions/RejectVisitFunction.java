package com.clinic.aftersales.functions;

import com.clinic.aftersales.AfterSalesService;
import com.clinic.journey.visit.Forms.ReasonForm;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.views.VisitAnswers;
import io.micronaut.context.ApplicationContext;

/** C-24 拒绝流程: stops the customer's journey with the reason and cancels its pending timers. */
@Serves({"C-24"})
@AllowedRoles(Role.AFTER_SALES)
public class RejectVisitFunction extends ApiFunction {
    private final AfterSalesService afterSales = bean(AfterSalesService.class);

    public RejectVisitFunction() {
    }

    public RejectVisitFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return VisitAnswers.changed(r.actor(), afterSales.reject(r.actor(), r.path("code"), r.ifMatch(),
                r.body(ReasonForm.class), r.idempotencyKey()));
    }
}
