package com.clinic.clinical.functions.triage;

import com.clinic.clinical.consultation.ConsultationService;
import com.clinic.journey.visit.Forms.ConsultantForm;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.views.VisitAnswers;
import io.micronaut.context.ApplicationContext;

/** C-10 分诊: assigns a consultant right after the arrival (photos and exam may come later). */
@Serves({"C-10"})
@AllowedRoles(Role.SUPER_ADMIN)
public class AssignConsultantFunction extends ApiFunction {
    private final ConsultationService consultation = bean(ConsultationService.class);

    public AssignConsultantFunction() {
    }

    public AssignConsultantFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return VisitAnswers.changed(r.actor(), consultation.assignConsultant(r.actor(), r.path("code"), r.ifMatch(),
                r.body(ConsultantForm.class), r.idempotencyKey()));
    }
}
