package com.clinic.program.functions.contracts;

import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.program.order.Programs;
import com.clinic.program.functions.ProgramView;
import io.micronaut.context.ApplicationContext;

/**
 * H-04: the customer signs her online contract in the app — the version of the text she read and her name; the
 * version and the digest of the text are kept with her signature and the admin is told to countersign within a
 * working day. If-Match: the program's version.
 */
@Serves({"H-04", "T-12"})
@AllowedRoles(Role.CUSTOMER)
public class SignContractOnlineFunction extends ApiFunction {
    private final Programs programs = bean(Programs.class);

    public SignContractOnlineFunction() {
    }

    public SignContractOnlineFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        var signed = programs.signOnline(r.actor(), r.path("id"), r.ifMatch(), r.body(Programs.SignForm.class),
                r.idempotencyKey());
        return ApiResponse.ok(ProgramView.of(signed.value(), programs.now())).taggedWith(signed);
    }
}
