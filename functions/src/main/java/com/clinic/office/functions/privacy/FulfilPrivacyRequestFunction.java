package com.clinic.office.functions.privacy;

import com.clinic.office.privacy.PrivacyRequests;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import io.micronaut.context.ApplicationContext;

/**
 * The super admin answers a request: her copy is made (JSON, and a PDF print job), or her data is erased (what may
 * go anonymised or deleted in every version, what must stay kept without her identity). Audited in the request.
 */
@Serves({"privacy"})
@AllowedRoles(Role.SUPER_ADMIN)
public class FulfilPrivacyRequestFunction extends ApiFunction {
    private final PrivacyRequests requests = bean(PrivacyRequests.class);

    public FulfilPrivacyRequestFunction() {
    }

    public FulfilPrivacyRequestFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        r.noBody();
        var answered = requests.fulfil(r.actor(), r.path("id"), r.ifMatch(), r.idempotencyKey());
        return ApiResponse.ok(PrivacyRequestView.of(answered.value(), requests.now())).taggedWith(answered);
    }
}
