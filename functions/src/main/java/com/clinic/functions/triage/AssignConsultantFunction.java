package com.clinic.functions.triage;

import com.clinic.functions.api.AllowedRoles;
import com.clinic.functions.api.ApiFunction;
import com.clinic.functions.api.ApiRequest;
import com.clinic.functions.api.ApiResponse;
import com.clinic.functions.api.Serves;
import com.clinic.functions.views.VisitAnswers;
import com.clinic.model.Role;
import com.clinic.model.consultation.ConsultationService;
import com.clinic.model.visit.Forms.ConsultantForm;
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
