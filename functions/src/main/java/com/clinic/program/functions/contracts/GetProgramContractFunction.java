package com.clinic.program.functions.contracts;

import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.program.ContractTemplate;
import com.clinic.program.Program;
import com.clinic.program.order.Programs;
import com.clinic.program.functions.ProgramView;
import io.micronaut.context.ApplicationContext;

/**
 * H-04: the contract as the customer reads it before signing (the current version of the text and its digest)
 * with its state and signatures, and the program's ETag; a customer sees only her own.
 */
@Serves({"H-03", "H-04"})
@AllowedRoles({Role.ADMIN, Role.SUPER_ADMIN, Role.CUSTOMER_SERVICE, Role.AUDITOR, Role.HEALTH_MANAGER,
        Role.HEAD_COACH, Role.ASSISTANT_COACH, Role.CUSTOMER})
public class GetProgramContractFunction extends ApiFunction {
    private final Programs programs = bean(Programs.class);

    public GetProgramContractFunction() {
    }

    public GetProgramContractFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        Program p = programs.get(r.actor(), r.path("id"));
        return ApiResponse.ok(new ContractTextView(ContractTemplate.CURRENT.version(), ContractTemplate.CURRENT.title(),
                ContractTemplate.CURRENT.clauses(), ContractTemplate.CURRENT.digest(),
                ProgramView.ContractView.of(p.contract()))).withETag(p.version());
    }
}
