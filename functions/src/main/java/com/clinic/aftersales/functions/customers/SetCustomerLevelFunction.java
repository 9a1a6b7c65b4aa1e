package com.clinic.aftersales.functions.customers;

import com.clinic.aftersales.customer.PayingCustomers;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import io.micronaut.context.ApplicationContext;

/**
 * C-16 设置等级: a level from the catalogue with a remark (If-Match: the customer's version); the level it replaces
 * is kept in the history and the change audited.
 */
@Serves({"C-16"})
@AllowedRoles({Role.AFTER_SALES, Role.SUPER_ADMIN})
public class SetCustomerLevelFunction extends ApiFunction {
    private final PayingCustomers customers = bean(PayingCustomers.class);

    public SetCustomerLevelFunction() {
    }

    public SetCustomerLevelFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        var set = customers.setLevel(r.actor(), r.path("id"), r.ifMatch(), r.body(PayingCustomers.LevelForm.class),
                r.idempotencyKey());
        return ApiResponse.ok(PayingCustomerView.of(set.value())).taggedWith(set);
    }
}
