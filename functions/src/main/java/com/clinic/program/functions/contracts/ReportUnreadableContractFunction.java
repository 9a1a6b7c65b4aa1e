package com.clinic.program.functions.contracts;

import com.clinic.journey.visit.Forms.ReasonForm;
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
 * H-03 异常处理: the original is unclear or its content wrong (the reason); customer service is asked to get it
 * signed again. If-Match: the program's version.
 */
@Serves({"H-03"})
@AllowedRoles(Role.ADMIN)
public class ReportUnreadableContractFunction extends ApiFunction {
    private final Programs programs = bean(Programs.class);

    public ReportUnreadableContractFunction() {
    }

    public ReportUnreadableContractFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        var resign = programs.contractUnreadable(r.actor(), r.path("id"), r.ifMatch(), r.body(ReasonForm.class),
                r.idempotencyKey());
        return ApiResponse.ok(ProgramView.of(resign.value(), programs.now())).taggedWith(resign);
    }
}
