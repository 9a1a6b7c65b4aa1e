package com.clinic.program.functions.delivery;

import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.program.delivery.Shipping;
import io.micronaut.context.ApplicationContext;

/**
 * H-10 the partner carriers, with the list's version (its ETag) for the next change.
 */
@Serves({"H-10"})
@AllowedRoles({Role.ADMIN, Role.CUSTOMER_SERVICE, Role.SUPER_ADMIN})
public class ListCarriersFunction extends ApiFunction {
    private final Shipping shipping = bean(Shipping.class);

    public ListCarriersFunction() {
    }

    public ListCarriersFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        var carriers = shipping.carriers();
        return ApiResponse.ok(CarriersView.of(carriers)).withETag(carriers.version());
    }
}
