package com.clinic.clinical.functions.itemsheet;

import com.clinic.clinical.consultation.ConsultationService;
import com.clinic.journey.visit.Forms.FileForm;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.views.VisitAnswers;
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
