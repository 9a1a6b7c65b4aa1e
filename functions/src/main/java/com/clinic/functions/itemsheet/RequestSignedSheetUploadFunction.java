package com.clinic.functions.itemsheet;

import com.clinic.functions.api.AllowedRoles;
import com.clinic.functions.api.ApiFunction;
import com.clinic.functions.api.ApiRequest;
import com.clinic.functions.api.ApiResponse;
import com.clinic.functions.api.Serves;
import com.clinic.functions.views.UploadView;
import com.clinic.model.Role;
import com.clinic.model.consultation.ConsultationService;
import com.clinic.model.visit.Forms.UploadForm;
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
