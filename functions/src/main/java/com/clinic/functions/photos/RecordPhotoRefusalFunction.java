package com.clinic.functions.photos;

import com.clinic.functions.api.AllowedRoles;
import com.clinic.functions.api.ApiFunction;
import com.clinic.functions.api.ApiRequest;
import com.clinic.functions.api.ApiResponse;
import com.clinic.functions.api.Serves;
import com.clinic.functions.views.VisitAnswers;
import com.clinic.model.Role;
import com.clinic.model.reception.ReceptionService;
import com.clinic.model.visit.Forms.ReasonForm;
import io.micronaut.context.ApplicationContext;

/** C-08: the customer declines the photos (they are optional); the refusal and its reason are recorded. */
@Serves({"C-08"})
@AllowedRoles(Role.PHOTO_ROOM)
public class RecordPhotoRefusalFunction extends ApiFunction {
    private final ReceptionService reception = bean(ReceptionService.class);

    public RecordPhotoRefusalFunction() {
    }

    public RecordPhotoRefusalFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return VisitAnswers.changed(r.actor(), reception.refusePhotos(r.actor(), r.path("code"), r.ifMatch(),
                r.body(ReasonForm.class), r.idempotencyKey()));
    }
}
