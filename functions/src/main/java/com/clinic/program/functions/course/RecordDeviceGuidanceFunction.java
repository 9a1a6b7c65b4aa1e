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
 * H-15 the program's assistant coach records a device's guidance (the body-fat scale or the wristband): how it was
 * given, whether the device is bound and syncing, what failed if not (the admin and head coach are told). A customer
 * aged 50 or over (her archive's age) is guided by PHONE with at least one screenshot. Both devices guided close the
 * 24 h deadline from receipt. If-Match: the course's version.
 */
@Serves({"H-15"})
@AllowedRoles(Role.ASSISTANT_COACH)
public class RecordDeviceGuidanceFunction extends ApiFunction {
    private final CourseDesk course = bean(CourseDesk.class);

    public RecordDeviceGuidanceFunction() {
    }

    public RecordDeviceGuidanceFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        var done = course.guide(r.actor(), r.path("id"), r.ifMatch(), r.body(CourseForms.GuidanceForm.class),
                r.idempotencyKey());
        return ApiResponse.ok(CourseView.of(done.value(), course.now())).taggedWith(done);
    }
}
