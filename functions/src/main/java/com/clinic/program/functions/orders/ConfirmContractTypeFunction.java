package com.clinic.program.functions.orders;

import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.program.order.ProgramForms.ContractTypeForm;
import com.clinic.program.order.Programs;
import com.clinic.program.functions.ProgramView;
import io.micronaut.context.ApplicationContext;

/**
 * H-01 确认合同类型 (If-Match: the program's version): online for an app order, offline for a transfer; when payment
 * and order disagree the program is held for the technical team instead. Confirmed, H-02's deadline starts.
 */
@Serves({"H-01", "T-12"})
@AllowedRoles(Role.ADMIN)
public class ConfirmContractTypeFunction extends ApiFunction {
    private final Programs programs = bean(Programs.class);

    public ConfirmContractTypeFunction() {
    }

    public ConfirmContractTypeFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        var confirmed = programs.confirmContractType(r.actor(), r.path("id"), r.ifMatch(),
                r.body(ContractTypeForm.class), r.idempotencyKey());
        return ApiResponse.ok(ProgramView.of(confirmed.value(), programs.now())).taggedWith(confirmed);
    }
}
