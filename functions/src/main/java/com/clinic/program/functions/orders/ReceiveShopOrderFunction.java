package com.clinic.program.functions.orders;

import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.privacy.Consents;
import com.clinic.program.Program.Channel;
import com.clinic.program.order.Programs;
import io.micronaut.context.ApplicationContext;

/**
 * H-01: the program shop reports a paid app order (APP 支付), authenticated as a service (client credentials with
 * the shop scope), not as staff; the order becomes a program once — a repeat answers the program it made.
 */
@Serves({"H-01"})
@AllowedRoles(Role.SHOP)
public class ReceiveShopOrderFunction extends ApiFunction {
    private final Programs programs = bean(Programs.class);
    private final Consents consents = bean(Consents.class);

    public ReceiveShopOrderFunction() {
    }

    public ReceiveShopOrderFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return OrderIntake.receive(r, programs, consents, Channel.APP_PAYMENT,
                com.clinic.platform.privacy.Channel.SHOP_ORDER);
    }
}
