package com.clinic.functions.aftersales;

import com.clinic.functions.api.AllowedRoles;
import com.clinic.functions.api.ApiFunction;
import com.clinic.functions.api.ApiRequest;
import com.clinic.functions.api.ApiResponse;
import com.clinic.functions.api.Serves;
import com.clinic.functions.views.VisitAnswers;
import com.clinic.model.Role;
import com.clinic.model.aftersales.AfterSalesService;
import io.micronaut.context.ApplicationContext;

/** C-24 恢复流程: the journey returns to the stage it was rejected at; an admitted one gets its remaining follow-up
 * timers again. */
@Serves({"C-24"})
@AllowedRoles(Role.AFTER_SALES)
public class RestoreVisitFunction extends ApiFunction {
    private final AfterSalesService afterSales = bean(AfterSalesService.class);

    public RestoreVisitFunction() {
    }

    public RestoreVisitFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        r.noBody();
        return VisitAnswers.changed(r.actor(), afterSales.restore(r.actor(), r.path("code"), r.ifMatch(),
                r.idempotencyKey()));
    }
}
