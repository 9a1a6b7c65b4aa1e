package com.clinic.program.functions.orders;

import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.program.order.ProgramForms.ReleaseForm;
import com.clinic.program.order.Programs;
import com.clinic.program.functions.ProgramView;
import io.micronaut.context.ApplicationContext;

/**
 * H-01 异常处理: the technical team (the super admin) has verified a held order's payment, with a note; the admin may
 * confirm the contract type now (If-Match: the program's version).
 */
@Serves({"H-01"})
@AllowedRoles(Role.SUPER_ADMIN)
public class ReleaseHeldProgramFunction extends ApiFunction {
    private final Programs programs = bean(Programs.class);

    public ReleaseHeldProgramFunction() {
    }

    public ReleaseHeldProgramFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        var released = programs.release(r.actor(), r.path("id"), r.ifMatch(), r.body(ReleaseForm.class),
                r.idempotencyKey());
        return ApiResponse.ok(ProgramView.of(released.value(), programs.now())).taggedWith(released);
    }
}
