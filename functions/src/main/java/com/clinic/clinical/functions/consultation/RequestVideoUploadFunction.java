package com.clinic.clinical.functions.consultation;

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

/** C-11: the presigned upload of the session's video (MP4), for the recording software. */
@Serves({"C-11"})
@AllowedRoles(Role.CONSULTANT)
public class RequestVideoUploadFunction extends ApiFunction {
    private final ConsultationService consultation = bean(ConsultationService.class);

    public RequestVideoUploadFunction() {
    }

    public RequestVideoUploadFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return ApiResponse.ok(UploadView.of(consultation.videoUpload(r.actor(), r.path("code"),
                r.body(UploadForm.class))));
    }
}
