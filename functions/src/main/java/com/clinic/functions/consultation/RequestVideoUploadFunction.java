package com.clinic.functions.consultation;

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
