package com.clinic.program.functions.course;

import com.clinic.journey.visit.Forms.ReasonForm;
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
 * Stops a plan (the program's head coach, or the admin): every timer armed for the program is cancelled and
 * its open deadlines close. If-Match: the course's version.
 */
@Serves({"T-04", "T-05", "T-06", "T-07", "T-08", "T-09", "T-10", "T-12"})
@AllowedRoles({Role.HEAD_COACH, Role.ADMIN})
public class StopPlanFunction extends ApiFunction {
    private final CourseDesk course = bean(CourseDesk.class);

    public StopPlanFunction() {
    }

    public StopPlanFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        var done = course.stop(r.actor(), r.path("id"), r.ifMatch(), r.body(ReasonForm.class),
                r.idempotencyKey());
        return ApiResponse.ok(CourseView.of(done.value(), course.now())).taggedWith(done);
    }
}
