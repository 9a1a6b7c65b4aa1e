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
 * H-15 异常处理 设备更换: the admin records that a device whose binding failed (its problem in the guidance) was
 * replaced; the assistant coach is told to guide the new one. If-Match: the course's version.
 */
@Serves({"H-15"})
@AllowedRoles(Role.ADMIN)
public class ReplaceDeviceFunction extends ApiFunction {
    private final CourseDesk course = bean(CourseDesk.class);

    public ReplaceDeviceFunction() {
    }

    public ReplaceDeviceFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        var done = course.replaceDevice(r.actor(), r.path("id"), r.ifMatch(),
                r.body(CourseForms.ReplacementForm.class), r.idempotencyKey());
        return ApiResponse.ok(CourseView.of(done.value(), course.now())).taggedWith(done);
    }
}
