package com.clinic.clinical.functions.triage;

import com.clinic.clinical.consultation.ConsultationService;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.views.StaffView;
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
