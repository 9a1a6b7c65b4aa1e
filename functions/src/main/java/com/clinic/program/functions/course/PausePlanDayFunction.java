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
 * H-16 暂停当日方案: the customer reported symptoms (头晕 / 乏力…); the program's head coach pauses today's plan
 * (recorded; the plan's dates stay). If-Match: the course's version.
 */
@Serves({"H-16"})
@AllowedRoles(Role.HEAD_COACH)
public class PausePlanDayFunction extends ApiFunction {
    private final CourseDesk course = bean(CourseDesk.class);

    public PausePlanDayFunction() {
    }

    public PausePlanDayFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        var done = course.pause(r.actor(), r.path("id"), r.ifMatch(), r.body(CourseForms.PauseForm.class),
                r.idempotencyKey());
        return ApiResponse.ok(CourseView.of(done.value(), course.now())).taggedWith(done);
    }
}
