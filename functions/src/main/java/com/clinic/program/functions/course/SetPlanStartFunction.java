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
 * The plan's day 1: the program's head coach sets it once video call 1 is held (today or within 14 days);
 * T-04 (day 21) and T-05 (day 50) are armed on it. If-Match: the course's version.
 */
@Serves({"H-13", "T-04", "T-05"})
@AllowedRoles(Role.HEAD_COACH)
public class SetPlanStartFunction extends ApiFunction {
    private final CourseDesk course = bean(CourseDesk.class);

    public SetPlanStartFunction() {
    }

    public SetPlanStartFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        var done = course.start(r.actor(), r.path("id"), r.ifMatch(), r.body(CourseForms.StartForm.class),
                r.idempotencyKey());
        return ApiResponse.ok(CourseView.of(done.value(), course.now())).taggedWith(done);
    }
}
