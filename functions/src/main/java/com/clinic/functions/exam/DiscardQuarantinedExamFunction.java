package com.clinic.functions.exam;

import com.clinic.functions.api.AllowedRoles;
import com.clinic.functions.api.ApiFunction;
import com.clinic.functions.api.ApiRequest;
import com.clinic.functions.api.ApiResponse;
import com.clinic.functions.api.Serves;
import com.clinic.functions.views.QuarantinedFileView;
import com.clinic.model.Role;
import com.clinic.model.reception.ReceptionService;
import com.clinic.model.visit.Forms.ReasonForm;
import io.micronaut.context.ApplicationContext;

/** C-09: the lab discards a quarantined exam upload that belongs to no visit, with the reason; the entry closes. */
@Serves({"C-09"})
@AllowedRoles(Role.LAB)
public class DiscardQuarantinedExamFunction extends ApiFunction {
    private final ReceptionService reception = bean(ReceptionService.class);

    public DiscardQuarantinedExamFunction() {
    }

    public DiscardQuarantinedExamFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return ApiResponse.ok(QuarantinedFileView.of(reception.discardQuarantined(r.actor(), r.path("id"),
                r.body(ReasonForm.class))));
    }
}
