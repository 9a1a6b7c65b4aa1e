package com.clinic.functions.photos;

import com.clinic.functions.api.AllowedRoles;
import com.clinic.functions.api.ApiFunction;
import com.clinic.functions.api.ApiRequest;
import com.clinic.functions.api.ApiResponse;
import com.clinic.functions.api.Serves;
import com.clinic.functions.views.UploadView;
import com.clinic.model.Role;
import com.clinic.model.reception.ReceptionService;
import com.clinic.model.visit.Forms.UploadForm;
import io.micronaut.context.ApplicationContext;

/** C-08: a presigned upload URL for one pre-op photo (JPEG, PNG, HEIC or WebP, at most 20 MB; type and size are
 * signed in). */
@Serves({"C-08"})
@AllowedRoles(Role.PHOTO_ROOM)
public class RequestPhotoUploadFunction extends ApiFunction {
    private final ReceptionService reception = bean(ReceptionService.class);

    public RequestPhotoUploadFunction() {
    }

    public RequestPhotoUploadFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return ApiResponse.ok(UploadView.of(reception.photoUpload(r.actor(), r.path("code"),
                r.body(UploadForm.class))));
    }
}
