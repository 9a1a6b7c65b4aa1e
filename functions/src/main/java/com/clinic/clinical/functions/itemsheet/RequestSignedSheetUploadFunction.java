package com.clinic.clinical.functions.itemsheet;

import com.clinic.clinical.consultation.ConsultationService;
import com.clinic.journey.visit.Forms.UploadForm;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.views.UploadView;
import io.micronaut.context.ApplicationContext;

/** C-13: a presigned upload for the scan of the signed item sheet (PDF, JPEG or PNG, at most 20 MB). */
@Serves({"C-13"})
@AllowedRoles({Role.CONSULTANT, Role.FRONT_DESK})
public class RequestSignedSheetUploadFunction extends ApiFunction {
    private final ConsultationService consultation = bean(ConsultationService.class);

    public RequestSignedSheetUploadFunction() {
    }

    public RequestSignedSheetUploadFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return ApiResponse.ok(UploadView.of(consultation.signedSheetUpload(r.actor(), r.path("code"),
                r.body(UploadForm.class))));
    }
}
