package com.clinic.functions.triage;

import com.clinic.functions.api.AllowedRoles;
import com.clinic.functions.api.ApiFunction;
import com.clinic.functions.api.ApiRequest;
import com.clinic.functions.api.ApiResponse;
import com.clinic.functions.api.Serves;
import com.clinic.functions.views.StaffView;
import com.clinic.model.Role;
import com.clinic.model.consultation.ConsultationService;
import io.micronaut.context.ApplicationContext;

/** C-10 选择咨询: the active consultants to triage to. */
@Serves({"C-10"})
@AllowedRoles(Role.SUPER_ADMIN)
public class ListConsultantsFunction extends ApiFunction {
    private final ConsultationService consultation = bean(ConsultationService.class);

    public ListConsultantsFunction() {
    }

    public ListConsultantsFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return ApiResponse.ok(consultation.consultants().stream().map(StaffView::of).toList());
    }
}
