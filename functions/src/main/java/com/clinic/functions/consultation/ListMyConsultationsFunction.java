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

/** C-11: the signed-in consultant's customers, from triage to the reviewed order. */
@Serves({"C-11"})
@AllowedRoles(Role.CONSULTANT)
public class ListMyConsultationsFunction extends ApiFunction {
    private final ConsultationService consultation = bean(ConsultationService.class);

    public ListMyConsultationsFunction() {
    }

    public ListMyConsultationsFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return VisitAnswers.list(r.actor(), consultation.mine(r.actor(), r.page()));
    }
}
