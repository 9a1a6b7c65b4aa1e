package com.clinic.office.functions.privacy;

import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.privacy.Channel;
import com.clinic.platform.privacy.ConsentForm;
import com.clinic.platform.privacy.Consents;
import io.micronaut.context.ApplicationContext;

/**
 * A consent the customer signed on paper, recorded by the staff who took it: the text version and the purposes
 * ticked. (Consents given with a booking or a walk-in come with them.)
 */
@Serves({"privacy"})
@AllowedRoles({Role.SALES, Role.FRONT_DESK, Role.AFTER_SALES, Role.SUPER_ADMIN, Role.ADMIN, Role.HEALTH_MANAGER,
        Role.CUSTOMER_SERVICE})
public class GiveConsentFunction extends ApiFunction {
    private final Consents consents = bean(Consents.class);

    public GiveConsentFunction() {
    }

    public GiveConsentFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        var given = consents.give(r.actor(), r.path("id"), r.ifMatch(), r.body(ConsentForm.class), Channel.PAPER,
                r.idempotencyKey());
        return ApiResponse.ok(ConsentView.of(given.value())).taggedWith(given);
    }
}
