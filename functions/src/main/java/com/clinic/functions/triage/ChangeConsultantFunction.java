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
