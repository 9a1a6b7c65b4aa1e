package com.clinic.aftersales.functions.customers;

import com.clinic.aftersales.customer.PayingCustomers;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import io.micronaut.context.ApplicationContext;

/** C-16 成交客户 详情: the customer's payments, level and level history, with its ETag (for 设置等级). */
@Serves({"C-16"})
@AllowedRoles({Role.AFTER_SALES, Role.SUPER_ADMIN})
public class GetPayingCustomerFunction extends ApiFunction {
    private final PayingCustomers customers = bean(PayingCustomers.class);

    public GetPayingCustomerFunction() {
    }

    public GetPayingCustomerFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        var c = customers.get(r.path("id"));
        return ApiResponse.ok(PayingCustomerView.of(c)).withETag(c.version());
    }
}
