package com.clinic.functions.aftersales;

import com.clinic.functions.api.AllowedRoles;
import com.clinic.functions.api.ApiFunction;
import com.clinic.functions.api.ApiRequest;
import com.clinic.functions.api.ApiResponse;
import com.clinic.functions.api.Serves;
import com.clinic.functions.views.VisitAnswers;
import com.clinic.model.Role;
import com.clinic.model.aftersales.AfterSalesService;
import com.clinic.model.visit.Forms.ReasonForm;
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
