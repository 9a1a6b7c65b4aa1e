package com.clinic.office.functions.privacy;

import com.clinic.office.privacy.PrivacyRequests;
import com.clinic.office.privacy.RefusalForm;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import io.micronaut.context.ApplicationContext;

/** The super admin refuses a request, with the reason the customer is told (PIPL art. 50). */
@Serves({"privacy"})
@AllowedRoles(Role.SUPER_ADMIN)
public class RefusePrivacyRequestFunction extends ApiFunction {
    private final PrivacyRequests requests = bean(PrivacyRequests.class);

    public RefusePrivacyRequestFunction() {
    }

    public RefusePrivacyRequestFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        var refused = requests.refuse(r.actor(), r.path("id"), r.ifMatch(), r.body(RefusalForm.class),
                r.idempotencyKey());
        return ApiResponse.ok(PrivacyRequestView.of(refused.value(), requests.now())).taggedWith(refused);
    }
}
