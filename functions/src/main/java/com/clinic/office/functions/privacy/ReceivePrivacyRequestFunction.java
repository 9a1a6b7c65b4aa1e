package com.clinic.office.functions.privacy;

import com.clinic.office.privacy.PrivacyRequestForm;
import com.clinic.office.privacy.PrivacyRequests;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import io.micronaut.context.ApplicationContext;

/**
 * A customer asks for a copy of her data or its erasure, by phone, at the desk or through customer service; the
 * staff she asked records it, the super admin is told and answers by the due date.
 */
@Serves({"privacy"})
@AllowedRoles({Role.FRONT_DESK, Role.AFTER_SALES, Role.CUSTOMER_SERVICE, Role.SUPER_ADMIN})
public class ReceivePrivacyRequestFunction extends ApiFunction {
    private final PrivacyRequests requests = bean(PrivacyRequests.class);

    public ReceivePrivacyRequestFunction() {
    }

    public ReceivePrivacyRequestFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        var received = requests.receive(r.actor(), r.body(PrivacyRequestForm.class), r.idempotencyKey());
        return ApiResponse.created(PrivacyRequestView.of(received.value(), requests.now()),
                "/privacy-requests/" + received.value().id()).taggedWith(received);
    }
}
