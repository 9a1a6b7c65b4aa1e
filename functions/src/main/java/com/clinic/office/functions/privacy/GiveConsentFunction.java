package com.clinic.office.functions.privacy;

import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.privacy.ConsentForm;
import com.clinic.platform.privacy.Consents;
import io.micronaut.context.ApplicationContext;

/**
 * A consent given on its own: signed on paper and recorded by the staff who took it, or given by the customer in
 * her app ({@code /customers/me/consents}): the text version and the purposes ticked. (Consents given with a
 * booking, a walk-in, an order or the archive come with them.)
 */
@Serves({"privacy"})
@AllowedRoles({Role.SALES, Role.FRONT_DESK, Role.AFTER_SALES, Role.SUPER_ADMIN, Role.ADMIN, Role.HEALTH_MANAGER,
        Role.CUSTOMER_SERVICE, Role.CUSTOMER})
public class GiveConsentFunction extends ApiFunction {
    private final Consents consents = bean(Consents.class);

    public GiveConsentFunction() {
    }

    public GiveConsentFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        var given = consents.give(r.actor(), r.path("id"), r.ifMatch(), r.body(ConsentForm.class), r.idempotencyKey());
        return ApiResponse.ok(ConsentView.of(given.value())).taggedWith(given);
    }
}
