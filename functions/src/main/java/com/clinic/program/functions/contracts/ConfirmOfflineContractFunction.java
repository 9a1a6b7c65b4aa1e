package com.clinic.program.functions.contracts;

import com.clinic.journey.visit.Forms.FileForm;
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
 * H-03 确认签署: the uploaded scan of the signed original, checked to be in storage, confirms the offline contract
 * (已签署); customer service is told to guide the customer to the health archive. If-Match: the program's version.
 */
@Serves({"H-03"})
@AllowedRoles(Role.ADMIN)
public class ConfirmOfflineContractFunction extends ApiFunction {
    private final Programs programs = bean(Programs.class);

    public ConfirmOfflineContractFunction() {
    }

    public ConfirmOfflineContractFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        var signed = programs.confirmOfflineContract(r.actor(), r.path("id"), r.ifMatch(), r.body(FileForm.class),
                r.idempotencyKey());
        return ApiResponse.ok(ProgramView.of(signed.value(), programs.now())).taggedWith(signed);
    }
}
