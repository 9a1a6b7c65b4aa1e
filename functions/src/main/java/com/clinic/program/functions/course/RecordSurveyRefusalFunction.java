package com.clinic.program.functions.course;

import com.clinic.journey.visit.Forms.ReasonForm;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.program.course.AfterPlanDesk;
import com.clinic.program.functions.CourseView;
import io.micronaut.context.ApplicationContext;

/**
 * H-18 异常处理: the customer will not fill in the survey; the program's customer service records what she said.
 * If-Match: the course's version.
 */
@Serves({"H-18"})
@AllowedRoles(Role.CUSTOMER_SERVICE)
public class RecordSurveyRefusalFunction extends ApiFunction {
    private final AfterPlanDesk course = bean(AfterPlanDesk.class);

    public RecordSurveyRefusalFunction() {
    }

    public RecordSurveyRefusalFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        var done = course.surveyRefused(r.actor(), r.path("id"), r.ifMatch(), r.body(ReasonForm.class),
                r.idempotencyKey());
        return ApiResponse.ok(CourseView.of(done.value(), course.now())).taggedWith(done);
    }
}
