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
 * H-04 代表公司签署: the admin countersigns for the company; the contract signed by both is printed as a PDF (both
 * signatures, the date, the digest of the signed text) through the print queue — poll {@code contract.pdfJobId}
 * at {@code GET /print-jobs/{id}}. If-Match: the program's version.
 */
@Serves({"H-04", "T-12"})
@AllowedRoles(Role.ADMIN)
public class CountersignContractFunction extends ApiFunction {
    private final Programs programs = bean(Programs.class);

    public CountersignContractFunction() {
    }

    public CountersignContractFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        r.noBody();
        var signed = programs.countersign(r.actor(), r.path("id"), r.ifMatch(), r.idempotencyKey());
        return ApiResponse.ok(ProgramView.of(signed.value(), programs.now())).taggedWith(signed);
    }
}
