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

/** C-10 修改: another consultant before the reception, with the reason; the history is kept. */
@Serves({"C-10"})
@AllowedRoles(Role.SUPER_ADMIN)
public class ChangeConsultantFunction extends ApiFunction {
    private final ConsultationService consultation = bean(ConsultationService.class);

    public ChangeConsultantFunction() {
    }

    public ChangeConsultantFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return VisitAnswers.changed(r.actor(), consultation.changeConsultant(r.actor(), r.path("code"), r.ifMatch(),
                r.body(ConsultantForm.class), r.idempotencyKey()));
    }
}
