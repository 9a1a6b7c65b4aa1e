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
 * H-19 《服务总结报告》: the program's head coach aggregates both reviews into the summary report, printed as a PDF
 * through the print queue for the service team (not the customer). If-Match: the course's version.
 */
@Serves({"H-19"})
@AllowedRoles(Role.HEAD_COACH)
public class WriteServiceSummaryFunction extends ApiFunction {
    private final AfterPlanDesk course = bean(AfterPlanDesk.class);

    public WriteServiceSummaryFunction() {
    }

    public WriteServiceSummaryFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        var done = course.summarize(r.actor(), r.path("id"), r.ifMatch(),
                r.body(CourseForms.SummaryForm.class), r.idempotencyKey());
        return ApiResponse.ok(CourseView.of(done.value(), course.now())).taggedWith(done);
    }
}
