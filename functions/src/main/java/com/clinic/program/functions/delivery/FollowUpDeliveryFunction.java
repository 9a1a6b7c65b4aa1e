package com.clinic.program.functions.delivery;

import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.program.plan.PlanForms;
import com.clinic.program.delivery.DeliveryForms;
import com.clinic.program.delivery.Shipping;
import com.clinic.program.functions.ProgramView;
import io.micronaut.context.ApplicationContext;

/**
 * H-12 跟进收货: customer service's message about the goods — in the group (within 24 h of the shipment), or the
 * private reminder when receipt is still unconfirmed after 48 h. If-Match: the program's version.
 */
@Serves({"H-12", "T-12"})
@AllowedRoles(Role.CUSTOMER_SERVICE)
public class FollowUpDeliveryFunction extends ApiFunction {
    private final Shipping shipping = bean(Shipping.class);

    public FollowUpDeliveryFunction() {
    }

    public FollowUpDeliveryFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        var done = shipping.followUp(r.actor(), r.path("id"), r.ifMatch(), r.body(DeliveryForms.DeliveryFollowUpForm.class),
                r.idempotencyKey());
        return ApiResponse.ok(ProgramView.of(done.value(), shipping.now())).taggedWith(done);
    }
}
