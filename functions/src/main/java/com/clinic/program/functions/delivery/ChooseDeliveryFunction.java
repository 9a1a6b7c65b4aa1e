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
 * H-09 确认收货方式: customer service records pickup (point, time) or mail (address, recipient, phone); the admin
 * is told and owes the packing within 4 business hours. It may be corrected until the goods are packed.
 * If-Match: the program's version.
 */
@Serves({"H-09", "T-12"})
@AllowedRoles(Role.CUSTOMER_SERVICE)
public class ChooseDeliveryFunction extends ApiFunction {
    private final Shipping shipping = bean(Shipping.class);

    public ChooseDeliveryFunction() {
    }

    public ChooseDeliveryFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        var done = shipping.chooseDelivery(r.actor(), r.path("id"), r.ifMatch(), r.body(DeliveryForms.DeliveryForm.class),
                r.idempotencyKey());
        return ApiResponse.ok(ProgramView.of(done.value(), shipping.now())).taggedWith(done);
    }
}
