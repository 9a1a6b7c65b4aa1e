package com.clinic.program.functions.orders;

import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.views.PageView;
import com.clinic.program.order.Programs;
import com.clinic.program.functions.ProgramView;
import io.micronaut.context.ApplicationContext;

/**
 * The signed-in customer's own programs, newest order first: where the app starts (no one else's).
 */
@Serves({"H-01"})
@AllowedRoles(Role.CUSTOMER)
public class ListMyProgramsFunction extends ApiFunction {
    private final Programs programs = bean(Programs.class);

    public ListMyProgramsFunction() {
    }

    public ListMyProgramsFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        var now = programs.now();
        return ApiResponse.ok(PageView.of(programs.mine(r.actor(), r.page()), p -> ProgramView.of(p, now)));
    }
}
