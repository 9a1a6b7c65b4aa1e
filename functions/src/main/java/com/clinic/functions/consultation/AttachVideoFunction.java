package com.clinic.functions.consultation;

import com.clinic.functions.api.AllowedRoles;
import com.clinic.functions.api.ApiFunction;
import com.clinic.functions.api.ApiRequest;
import com.clinic.functions.api.ApiResponse;
import com.clinic.functions.api.Serves;
import com.clinic.functions.views.VisitAnswers;
import com.clinic.model.Role;
import com.clinic.model.consultation.ConsultationService;
import com.clinic.model.visit.Forms.FileForm;
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
