package com.clinic.clinical.functions.photos;

import com.clinic.clinical.files.ClinicalFilesService;
import com.clinic.journey.visit.Forms.FileForm;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.views.VisitAnswers;
import io.micronaut.context.ApplicationContext;

/** C-08 术前照: registers an uploaded photo on the visit. */
@Serves({"C-08"})
@AllowedRoles(Role.PHOTO_ROOM)
public class AddPhotoFunction extends ApiFunction {
    private final ClinicalFilesService clinicalFiles = bean(ClinicalFilesService.class);

    public AddPhotoFunction() {
    }

    public AddPhotoFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return VisitAnswers.changed(r.actor(), clinicalFiles.addPhoto(r.actor(), r.path("code"), r.ifMatch(),
                r.body(FileForm.class), r.idempotencyKey()));
    }
}
