package com.clinic.clinical.functions.consultation;

import com.clinic.clinical.consultation.ConsultationService;
import com.clinic.journey.visit.Forms.FileForm;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.views.VisitAnswers;
import io.micronaut.context.ApplicationContext;

/** C-11 / C-28: links the uploaded video to the consultation. */
@Serves({"C-11"})
@AllowedRoles(Role.CONSULTANT)
public class AttachVideoFunction extends ApiFunction {
    private final ConsultationService consultation = bean(ConsultationService.class);

    public AttachVideoFunction() {
    }

    public AttachVideoFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return VisitAnswers.changed(r.actor(), consultation.attachVideo(r.actor(), r.path("code"), r.ifMatch(),
                r.body(FileForm.class), r.idempotencyKey()));
    }
}
