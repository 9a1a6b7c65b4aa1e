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
 * H-23: the presigned upload of a file of the customer's re-check report (PDF, JPEG or PNG); nothing is written
 * until she files it.
 */
@Serves({"H-23"})
@AllowedRoles(Role.CUSTOMER)
public class RequestRecheckReportUploadFunction extends ApiFunction {
    private final AfterPlanDesk course = bean(AfterPlanDesk.class);

    public RequestRecheckReportUploadFunction() {
    }

    public RequestRecheckReportUploadFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return ApiResponse.ok(UploadView.of(course.reportUpload(r.actor(), r.path("id"),
                r.body(UploadForm.class))));
    }
}
