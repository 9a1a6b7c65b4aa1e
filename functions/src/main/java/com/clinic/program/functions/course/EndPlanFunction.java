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
 * H-18 标记方案已结束: from day 50 on, the program's customer service marks the plan ended; the survey goes to
 * the group and the after-plan events (T-06…T-10) are armed from that day. If-Match: the course's version.
 */
@Serves({"H-18", "T-05"})
@AllowedRoles(Role.CUSTOMER_SERVICE)
public class EndPlanFunction extends ApiFunction {
    private final CourseDesk course = bean(CourseDesk.class);

    public EndPlanFunction() {
    }

    public EndPlanFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        r.noBody();
        var done = course.end(r.actor(), r.path("id"), r.ifMatch(), r.idempotencyKey());
        return ApiResponse.ok(CourseView.of(done.value(), course.now())).taggedWith(done);
    }
}
