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
import io.micronaut.context.ApplicationContext;

/**
 * H-10 合作物流: the admin's list of partner carriers (code and name); mail is sent only with one of them.
 * If-Match: the list's version (none, or "0", for the first).
 */
@Serves({"H-10"})
@AllowedRoles(Role.ADMIN)
public class ReplaceCarriersFunction extends ApiFunction {
    private final Shipping shipping = bean(Shipping.class);

    public ReplaceCarriersFunction() {
    }

    public ReplaceCarriersFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        var replaced = shipping.replaceCarriers(r.actor(), r.ifMatch(), r.body(DeliveryForms.CarriersForm.class),
                r.idempotencyKey());
        return ApiResponse.ok(CarriersView.of(replaced.value())).taggedWith(replaced);
    }
}
