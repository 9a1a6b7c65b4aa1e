package com.clinic.program.functions.delivery;

import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.program.delivery.Shipping;
import com.clinic.program.functions.ProgramView;
import io.micronaut.context.ApplicationContext;

/**
 * H-12 确认收货: the customer confirms in the app that she has her goods. If-Match: the program's version.
 */
@Serves({"H-12", "T-12"})
@AllowedRoles(Role.CUSTOMER)
public class ConfirmReceiptFunction extends ApiFunction {
    private final Shipping shipping = bean(Shipping.class);

    public ConfirmReceiptFunction() {
    }

    public ConfirmReceiptFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        r.noBody();
        var done = shipping.confirmReceipt(r.actor(), r.path("id"), r.ifMatch(), r.idempotencyKey());
        return ApiResponse.ok(ProgramView.of(done.value(), shipping.now())).taggedWith(done);
    }
}
