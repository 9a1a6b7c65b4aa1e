package com.clinic.clinical.functions.consultation;

import com.clinic.clinical.consultation.ConsultationService;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.views.VisitAnswers;
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
