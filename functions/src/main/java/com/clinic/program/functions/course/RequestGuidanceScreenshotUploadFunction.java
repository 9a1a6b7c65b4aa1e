package com.clinic.program.functions.course;

import com.clinic.journey.visit.Forms.UploadForm;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.views.UploadView;
import com.clinic.program.course.CourseDesk;
import io.micronaut.context.ApplicationContext;

/**
 * H-15: the presigned upload of a guidance screenshot (JPEG, PNG, HEIC or WebP) for the service record, by the
 * program's assistant coach; nothing is written until the guidance is recorded.
 */
@Serves({"H-15"})
@AllowedRoles(Role.ASSISTANT_COACH)
public class RequestGuidanceScreenshotUploadFunction extends ApiFunction {
    private final CourseDesk course = bean(CourseDesk.class);

    public RequestGuidanceScreenshotUploadFunction() {
    }

    public RequestGuidanceScreenshotUploadFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return ApiResponse.ok(UploadView.of(course.screenshotUpload(r.actor(), r.path("id"),
                r.body(UploadForm.class))));
    }
}
