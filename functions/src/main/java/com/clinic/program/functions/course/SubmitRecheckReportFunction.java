package com.clinic.program.functions.course;

import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.program.course.AfterPlanDesk;
import com.clinic.program.course.CourseForms;
import com.clinic.program.functions.CourseView;
import io.micronaut.context.ApplicationContext;

/**
 * H-23 上传复检报告: the customer files her re-check report (uploaded first) after the plan's end; the coaches and
 * the health managers are told, and the end + 30 reminder (T-09) is skipped. If-Match: the course's version.
 */
@Serves({"H-23", "T-09"})
@AllowedRoles(Role.CUSTOMER)
public class SubmitRecheckReportFunction extends ApiFunction {
    private final AfterPlanDesk course = bean(AfterPlanDesk.class);

    public SubmitRecheckReportFunction() {
    }

    public SubmitRecheckReportFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        var done = course.submitReport(r.actor(), r.path("id"), r.ifMatch(),
                r.body(CourseForms.ReportForm.class), r.idempotencyKey());
        return ApiResponse.ok(CourseView.of(done.value(), course.now())).taggedWith(done);
    }
}
