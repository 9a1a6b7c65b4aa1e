package com.clinic.functions.photos;

import com.clinic.functions.api.AllowedRoles;
import com.clinic.functions.api.ApiFunction;
import com.clinic.functions.api.ApiRequest;
import com.clinic.functions.api.ApiResponse;
import com.clinic.functions.api.Serves;
import com.clinic.functions.views.VisitAnswers;
import com.clinic.model.Role;
import com.clinic.model.reception.ReceptionService;
import com.clinic.model.visit.Forms.FileForm;
import io.micronaut.context.ApplicationContext;

/** C-08 术前照: registers an uploaded photo on the visit. */
@Serves({"C-08"})
@AllowedRoles(Role.PHOTO_ROOM)
public class AddPhotoFunction extends ApiFunction {
    private final ReceptionService reception = bean(ReceptionService.class);

    public AddPhotoFunction() {
    }

    public AddPhotoFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return VisitAnswers.changed(r.actor(), reception.addPhoto(r.actor(), r.path("code"), r.ifMatch(),
                r.body(FileForm.class), r.idempotencyKey()));
    }
}
