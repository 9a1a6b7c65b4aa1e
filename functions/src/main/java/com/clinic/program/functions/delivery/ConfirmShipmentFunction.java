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
 * H-11 确认发货: the admin confirms the shipment with the photos of the goods (uploaded first); the group gets the
 * manual's message with carrier and tracking number, and customer service owes the follow-up. If-Match: the
 * program's version.
 */
@Serves({"H-11", "T-12"})
@AllowedRoles(Role.ADMIN)
public class ConfirmShipmentFunction extends ApiFunction {
    private final Shipping shipping = bean(Shipping.class);

    public ConfirmShipmentFunction() {
    }

    public ConfirmShipmentFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        var done = shipping.confirmShipment(r.actor(), r.path("id"), r.ifMatch(), r.body(DeliveryForms.ShipmentForm.class),
                r.idempotencyKey());
        return ApiResponse.ok(ProgramView.of(done.value(), shipping.now())).taggedWith(done);
    }
}
