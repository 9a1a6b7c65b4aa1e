package com.clinic.program.functions.contracts;

import com.clinic.journey.visit.Forms.UploadForm;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.views.UploadView;
import com.clinic.program.order.Programs;
import io.micronaut.context.ApplicationContext;

/** H-03: the presigned upload of the signed original's scan (PDF, JPEG or PNG); nothing is written until confirmed. */
@Serves({"H-03"})
@AllowedRoles(Role.ADMIN)
public class RequestContractScanUploadFunction extends ApiFunction {
    private final Programs programs = bean(Programs.class);

    public RequestContractScanUploadFunction() {
    }

    public RequestContractScanUploadFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return ApiResponse.ok(UploadView.of(programs.contractScanUpload(r.actor(), r.path("id"),
                r.body(UploadForm.class))));
    }
}
