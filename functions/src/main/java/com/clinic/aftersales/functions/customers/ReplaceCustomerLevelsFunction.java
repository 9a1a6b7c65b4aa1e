package com.clinic.aftersales.functions.customers;

import com.clinic.aftersales.customer.CustomerLevels;
import com.clinic.aftersales.customer.PayingCustomers;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import io.micronaut.context.ApplicationContext;

/**
 * C-16: the super admin's list of customer levels, replaced whole (If-Match: the version read; none for the first
 * list); customers keep a level taken off it.
 */
@Serves({"C-16"})
@AllowedRoles(Role.SUPER_ADMIN)
public class ReplaceCustomerLevelsFunction extends ApiFunction {
    private final PayingCustomers customers = bean(PayingCustomers.class);

    public ReplaceCustomerLevelsFunction() {
    }

    public ReplaceCustomerLevelsFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        var replaced = customers.replaceLevels(r.actor(), r.ifMatch(), r.body(CustomerLevels.Form.class),
                r.idempotencyKey());
        return ApiResponse.ok(PayingCustomerView.LevelsView.of(replaced.value())).taggedWith(replaced);
    }
}
