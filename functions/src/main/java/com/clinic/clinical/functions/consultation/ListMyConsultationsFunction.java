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
