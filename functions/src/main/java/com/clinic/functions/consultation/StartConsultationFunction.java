package com.clinic.functions.consultation;

import com.clinic.functions.api.AllowedRoles;
import com.clinic.functions.api.ApiFunction;
import com.clinic.functions.api.ApiRequest;
import com.clinic.functions.api.ApiResponse;
import com.clinic.functions.api.Serves;
import com.clinic.functions.views.VisitAnswers;
import com.clinic.model.Role;
import com.clinic.model.consultation.ConsultationService;
import io.micronaut.context.ApplicationContext;

/** C-11 接待: starts the recorded reception; the answer's consultation and customer are what the recorder shows. */
@Serves({"C-11"})
@AllowedRoles(Role.CONSULTANT)
public class StartConsultationFunction extends ApiFunction {
    private final ConsultationService consultation = bean(ConsultationService.class);

    public StartConsultationFunction() {
    }

    public StartConsultationFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        r.noBody();
        return VisitAnswers.changed(r.actor(), consultation.startConsultation(r.actor(), r.path("code"), r.ifMatch(),
                r.idempotencyKey()));
    }
}
