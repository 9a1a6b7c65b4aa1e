package com.clinic.functions.cashier;

import com.clinic.functions.api.AllowedRoles;
import com.clinic.functions.api.ApiFunction;
import com.clinic.functions.api.ApiRequest;
import com.clinic.functions.api.ApiResponse;
import com.clinic.functions.api.Serves;
import com.clinic.functions.views.VisitAnswers;
import com.clinic.model.Role;
import com.clinic.model.cashier.CashierService;
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
