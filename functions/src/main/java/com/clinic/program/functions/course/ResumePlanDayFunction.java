package com.clinic.program.functions.course;

import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.program.course.CourseDesk;
import com.clinic.program.functions.CourseView;
import io.micronaut.context.ApplicationContext;

/**
 * H-16: the program's head coach lets today's paused plan go on. If-Match: the course's version.
 */
@Serves({"H-16"})
@AllowedRoles(Role.HEAD_COACH)
public class ResumePlanDayFunction extends ApiFunction {
    private final CourseDesk course = bean(CourseDesk.class);

    public ResumePlanDayFunction() {
    }

    public ResumePlanDayFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        r.noBody();
        var done = course.resume(r.actor(), r.path("id"), r.ifMatch(), r.idempotencyKey());
        return ApiResponse.ok(CourseView.of(done.value(), course.now())).taggedWith(done);
    }
}
