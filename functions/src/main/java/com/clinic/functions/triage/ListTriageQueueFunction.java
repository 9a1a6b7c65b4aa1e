package com.clinic.functions.triage;

import com.clinic.functions.api.AllowedRoles;
import com.clinic.functions.api.ApiFunction;
import com.clinic.functions.api.ApiRequest;
import com.clinic.functions.api.ApiResponse;
import com.clinic.functions.api.Serves;
import com.clinic.functions.views.VisitAnswers;
import com.clinic.model.Role;
import com.clinic.model.consultation.ConsultationService;
import io.micronaut.context.ApplicationContext;

/** C-10 分诊: arrived customers waiting for a consultant, earliest first. */
@Serves({"C-10"})
@AllowedRoles(Role.SUPER_ADMIN)
public class ListTriageQueueFunction extends ApiFunction {
    private final ConsultationService consultation = bean(ConsultationService.class);

    public ListTriageQueueFunction() {
    }

    public ListTriageQueueFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return VisitAnswers.list(r.actor(), consultation.triageQueue(r.page()));
    }
}
