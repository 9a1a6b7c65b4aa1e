package com.clinic.office.functions.privacy;

import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.privacy.Consents;
import com.clinic.platform.privacy.WithdrawalForm;
import io.micronaut.context.ApplicationContext;

/** The customer withdraws consent to purposes, on her request to the staff who answer for her data. */
@Serves({"privacy"})
@AllowedRoles({Role.FRONT_DESK, Role.AFTER_SALES, Role.SUPER_ADMIN, Role.CUSTOMER_SERVICE, Role.CUSTOMER})
public class WithdrawConsentFunction extends ApiFunction {
    private final Consents consents = bean(Consents.class);

    public WithdrawConsentFunction() {
    }

    public WithdrawConsentFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        var withdrawn = consents.withdraw(r.actor(), r.path("id"), r.ifMatch(), r.body(WithdrawalForm.class),
                r.idempotencyKey());
        return ApiResponse.ok(ConsentView.of(withdrawn.value())).taggedWith(withdrawn);
    }
}
