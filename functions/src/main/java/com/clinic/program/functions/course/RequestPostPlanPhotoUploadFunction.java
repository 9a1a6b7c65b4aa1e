package com.clinic.program.functions.course;

import com.clinic.journey.visit.Forms.UploadForm;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.views.UploadView;
import com.clinic.program.course.AfterPlanDesk;
import io.micronaut.context.ApplicationContext;

/**
 * H-21: the presigned upload of one of the customer's post-plan photos (JPEG, PNG, HEIC or WebP); nothing is
 * written until she files them.
 */
@Serves({"H-21"})
@AllowedRoles(Role.CUSTOMER)
public class RequestPostPlanPhotoUploadFunction extends ApiFunction {
    private final AfterPlanDesk course = bean(AfterPlanDesk.class);

    public RequestPostPlanPhotoUploadFunction() {
    }

    public RequestPostPlanPhotoUploadFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return ApiResponse.ok(UploadView.of(course.photoUpload(r.actor(), r.path("id"),
                r.body(UploadForm.class))));
    }
}
