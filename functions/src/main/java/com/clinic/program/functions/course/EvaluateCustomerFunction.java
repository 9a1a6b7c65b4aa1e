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
 * H-22 / H-24 对用户进行评估: a coach of the program writes evaluation n (1 from end + 3, 2 from end + 60) once it
 * is due; the results it rests on (start and end values, whether the re-check report is on file) are recorded
 * with it. If-Match: the course's version.
 */
@Serves({"H-22", "H-24"})
@AllowedRoles({Role.HEAD_COACH, Role.ASSISTANT_COACH})
public class EvaluateCustomerFunction extends ApiFunction {
    private final AfterPlanDesk course = bean(AfterPlanDesk.class);

    public EvaluateCustomerFunction() {
    }

    public EvaluateCustomerFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        var done = course.evaluate(r.actor(), r.path("id"), PathNumbers.evaluation(r.path("n")), r.ifMatch(),
                r.body(CourseForms.EvaluationForm.class), r.idempotencyKey());
        return ApiResponse.ok(CourseView.of(done.value(), course.now())).taggedWith(done);
    }
}
