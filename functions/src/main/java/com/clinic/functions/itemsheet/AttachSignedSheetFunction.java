package com.clinic.functions.itemsheet;

import com.clinic.functions.api.AllowedRoles;
import com.clinic.functions.api.ApiFunction;
import com.clinic.functions.api.ApiRequest;
import com.clinic.functions.api.ApiResponse;
import com.clinic.functions.api.Serves;
import com.clinic.functions.views.VisitAnswers;
import com.clinic.model.Role;
import com.clinic.model.consultation.ConsultationService;
import com.clinic.model.visit.Forms.FileForm;
import io.micronaut.context.ApplicationContext;

/** C-13 签字画押: links the scan of the signed item sheet. */
@Serves({"C-13"})
@AllowedRoles({Role.CONSULTANT, Role.FRONT_DESK})
public class AttachSignedSheetFunction extends ApiFunction {
    private final ConsultationService consultation = bean(ConsultationService.class);

    public AttachSignedSheetFunction() {
    }

    public AttachSignedSheetFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return VisitAnswers.changed(r.actor(), consultation.attachSignedSheet(r.actor(), r.path("code"), r.ifMatch(),
                r.body(FileForm.class), r.idempotencyKey()));
    }
}
