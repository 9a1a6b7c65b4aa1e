package com.clinic.aftersales.functions;

import com.clinic.aftersales.AfterSalesService;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.views.VisitAnswers;
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
