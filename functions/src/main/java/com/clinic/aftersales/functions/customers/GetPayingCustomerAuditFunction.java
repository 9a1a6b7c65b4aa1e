package com.clinic.aftersales.functions.customers;

import com.clinic.aftersales.customer.PayingCustomers;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.views.AuditView;
import io.micronaut.context.ApplicationContext;

/** C-16: who changed the customer's record and when (payments recorded, levels set before → after), oldest first. */
@Serves({"C-16"})
@AllowedRoles({Role.AFTER_SALES, Role.SUPER_ADMIN})
public class GetPayingCustomerAuditFunction extends ApiFunction {
    private final PayingCustomers customers = bean(PayingCustomers.class);

    public GetPayingCustomerAuditFunction() {
    }

    public GetPayingCustomerAuditFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return ApiResponse.ok(customers.auditTrail(r.path("id")).stream().map(AuditView::of).toList());
    }
}
