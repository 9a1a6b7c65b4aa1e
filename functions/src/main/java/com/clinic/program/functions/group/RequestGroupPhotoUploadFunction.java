package com.clinic.program.functions.group;

import com.clinic.journey.visit.Forms.UploadForm;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.views.UploadView;
import com.clinic.program.group.ProgramGroup;
import io.micronaut.context.ApplicationContext;

/**
 * H-02: the presigned upload of a photo for the customer's group (JPEG, PNG, HEIC or WebP), by one of its members;
 * it is posted as a PHOTO message with its key.
 */
@Serves({"H-02"})
@AllowedRoles({Role.ADMIN, Role.HEAD_COACH, Role.ASSISTANT_COACH, Role.CUSTOMER_SERVICE, Role.CUSTOMER})
public class RequestGroupPhotoUploadFunction extends ApiFunction {
    private final ProgramGroup group = bean(ProgramGroup.class);

    public RequestGroupPhotoUploadFunction() {
    }

    public RequestGroupPhotoUploadFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return ApiResponse.ok(UploadView.of(group.photoUpload(r.actor(), r.path("id"), r.body(UploadForm.class))));
    }
}
