package com.clinic.aftersales.functions.customers;

import com.clinic.aftersales.customer.PayingCustomers;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import io.micronaut.context.ApplicationContext;

/** C-16: the customer levels after-sales may set, as the super admin keeps them, with the ETag to change them. */
@Serves({"C-16"})
@AllowedRoles({Role.AFTER_SALES, Role.SUPER_ADMIN})
public class GetCustomerLevelsFunction extends ApiFunction {
    private final PayingCustomers customers = bean(PayingCustomers.class);

    public GetCustomerLevelsFunction() {
    }

    public GetCustomerLevelsFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        var levels = customers.levels();
        return ApiResponse.ok(PayingCustomerView.LevelsView.of(levels)).withETag(levels.version());
    }
}
