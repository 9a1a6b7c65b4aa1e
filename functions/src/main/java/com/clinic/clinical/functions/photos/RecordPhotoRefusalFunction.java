package com.clinic.clinical.functions.photos;

import com.clinic.clinical.files.ClinicalFilesService;
import com.clinic.journey.visit.Forms.ReasonForm;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.views.VisitAnswers;
import io.micronaut.context.ApplicationContext;

/** C-08: the customer declines the photos (they are optional); the refusal and its reason are recorded. */
@Serves({"C-08"})
@AllowedRoles(Role.PHOTO_ROOM)
public class RecordPhotoRefusalFunction extends ApiFunction {
    private final ClinicalFilesService clinicalFiles = bean(ClinicalFilesService.class);

    public RecordPhotoRefusalFunction() {
    }

    public RecordPhotoRefusalFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return VisitAnswers.changed(r.actor(), clinicalFiles.refusePhotos(r.actor(), r.path("code"), r.ifMatch(),
                r.body(ReasonForm.class), r.idempotencyKey()));
    }
}
