package com.clinic.program.functions.course;

import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.program.course.CourseDesk;
import com.clinic.program.course.CourseForms;
import com.clinic.program.functions.CourseView;
import io.micronaut.context.ApplicationContext;

/**
 * H-16 客户反馈身体不适: the customer reports symptoms (头晕 / 乏力…) and how long they last, in the app or through her
 * assistant coach or customer service, while the plan runs; the head coach is told, to decide whether to pause
 * the day's plan. If-Match: the course's version.
 */
@Serves({"H-16"})
@AllowedRoles({Role.CUSTOMER, Role.ASSISTANT_COACH, Role.CUSTOMER_SERVICE})
public class ReportSymptomsFunction extends ApiFunction {
    private final CourseDesk course = bean(CourseDesk.class);

    public ReportSymptomsFunction() {
    }

    public ReportSymptomsFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        var done = course.reportSymptoms(r.actor(), r.path("id"), r.ifMatch(),
                r.body(CourseForms.SymptomsForm.class), r.idempotencyKey());
        return ApiResponse.ok(CourseView.of(done.value(), course.now())).taggedWith(done);
    }
}
