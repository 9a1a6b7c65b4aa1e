package com.clinic.office.functions.privacy;

import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.privacy.Consent;
import com.clinic.platform.privacy.Consents;
import io.micronaut.context.ApplicationContext;

/** A customer's consents ({@code {id}}: her customer id or mobile number): each purpose, its text and history. */
@Serves({"privacy"})
@AllowedRoles({Role.SALES, Role.FRONT_DESK, Role.AFTER_SALES, Role.SUPER_ADMIN, Role.AUDITOR, Role.ADMIN,
        Role.HEALTH_MANAGER, Role.CUSTOMER_SERVICE, Role.CUSTOMER})
public class GetConsentsFunction extends ApiFunction {
    private final Consents consents = bean(Consents.class);

    public GetConsentsFunction() {
    }

    public GetConsentsFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        Consent c = consents.of(r.actor(), r.path("id"));
        return ApiResponse.ok(ConsentView.of(c)).withETag(c.version());
    }
}
