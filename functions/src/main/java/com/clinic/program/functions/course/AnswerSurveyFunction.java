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
 * H-18 用户调查问卷: the customer answers the satisfaction survey in the app. If-Match: the course's version.
 */
@Serves({"H-18"})
@AllowedRoles(Role.CUSTOMER)
public class AnswerSurveyFunction extends ApiFunction {
    private final AfterPlanDesk course = bean(AfterPlanDesk.class);

    public AnswerSurveyFunction() {
    }

    public AnswerSurveyFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        var done = course.answerSurvey(r.actor(), r.path("id"), r.ifMatch(), r.body(CourseForms.SurveyForm.class),
                r.idempotencyKey());
        return ApiResponse.ok(CourseView.of(done.value(), course.now())).taggedWith(done);
    }
}
