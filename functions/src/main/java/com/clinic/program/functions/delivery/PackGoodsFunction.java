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
 * H-10 配货: the admin records the goods packed, which must match the latest plan's list line for line; mail
 * names a partner carrier from the kept list and the tracking number, pickup may restate its point and time.
 * If-Match: the program's version.
 */
@Serves({"H-10", "T-12"})
@AllowedRoles(Role.ADMIN)
public class PackGoodsFunction extends ApiFunction {
    private final Shipping shipping = bean(Shipping.class);

    public PackGoodsFunction() {
    }

    public PackGoodsFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        var done = shipping.pack(r.actor(), r.path("id"), r.ifMatch(), r.body(DeliveryForms.PackingForm.class),
                r.idempotencyKey());
        return ApiResponse.ok(ProgramView.of(done.value(), shipping.now())).taggedWith(done);
    }
}
