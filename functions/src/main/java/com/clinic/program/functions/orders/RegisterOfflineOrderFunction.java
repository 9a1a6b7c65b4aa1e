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
 * H-01: the admin registers an order paid by bank transfer (线下转账) with its payment; it becomes a program once per
 * order number.
 */
@Serves({"H-01"})
@AllowedRoles(Role.ADMIN)
public class RegisterOfflineOrderFunction extends ApiFunction {
    private final Programs programs = bean(Programs.class);
    private final Consents consents = bean(Consents.class);

    public RegisterOfflineOrderFunction() {
    }

    public RegisterOfflineOrderFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return OrderIntake.receive(r, programs, consents, Channel.OFFLINE_TRANSFER,
                com.clinic.platform.privacy.Channel.PAPER);
    }
}
