package com.clinic.clinical.functions.triage;

import com.clinic.clinical.consultation.ConsultationService;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.views.VisitAnswers;
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
