package com.clinic.functions.exam;

import com.clinic.functions.api.AllowedRoles;
import com.clinic.functions.api.ApiFunction;
import com.clinic.functions.api.ApiRequest;
import com.clinic.functions.api.ApiResponse;
import com.clinic.functions.api.Serves;
import com.clinic.functions.views.QuarantinedFileView;
import com.clinic.model.Role;
import com.clinic.model.reception.ReceptionService.QuarantineAttachForm;
import com.clinic.model.reception.ReceptionService;
import io.micronaut.context.ApplicationContext;

/** C-09: the lab files a quarantined exam upload under the visit it belongs to; the entry closes. */
@Serves({"C-09"})
@AllowedRoles(Role.LAB)
public class AttachQuarantinedExamFunction extends ApiFunction {
    private final ReceptionService reception = bean(ReceptionService.class);

    public AttachQuarantinedExamFunction() {
    }

    public AttachQuarantinedExamFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return ApiResponse.ok(QuarantinedFileView.of(reception.attachQuarantined(r.actor(), r.path("id"),
                r.body(QuarantineAttachForm.class))));
    }
}
