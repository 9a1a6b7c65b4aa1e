package com.clinic.cashier.functions;

import com.clinic.cashier.CashierService;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.views.VisitAnswers;
import io.micronaut.context.ApplicationContext;

/** C-14 / C-15: reviewed orders waiting for payment, and paid visits whose price changed since (变更). */
@Serves({"C-14", "C-15"})
@AllowedRoles(Role.FRONT_DESK)
public class ListCashierQueueFunction extends ApiFunction {
    private final CashierService cashier = bean(CashierService.class);

    public ListCashierQueueFunction() {
    }

    public ListCashierQueueFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return VisitAnswers.list(r.actor(), cashier.queue(r.page()));
    }
}
