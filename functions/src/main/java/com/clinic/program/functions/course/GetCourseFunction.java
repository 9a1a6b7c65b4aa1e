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
 * H-13…H-24 a program's course (the 49 days and after) with its own ETag, the If-Match of every course step; the
 * program's need to know (a customer sees only her own, anyone else's is 404).
 */
@Serves({"H-13", "H-15", "H-16", "H-17", "H-18", "H-19", "H-20", "H-21", "H-22", "H-23", "H-24"})
@AllowedRoles({Role.ADMIN, Role.SUPER_ADMIN, Role.CUSTOMER_SERVICE, Role.AUDITOR, Role.HEALTH_MANAGER, Role.HEAD_COACH,
        Role.ASSISTANT_COACH, Role.CUSTOMER})
public class GetCourseFunction extends ApiFunction {
    private final CourseDesk course = bean(CourseDesk.class);

    public GetCourseFunction() {
    }

    public GetCourseFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        var c = course.get(r.actor(), r.path("id"));
        return ApiResponse.ok(CourseView.of(c, course.now())).withETag(c.version());
    }
}
