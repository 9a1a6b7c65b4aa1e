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
 * H-13 / H-17 / H-20: the program's head coach marks video call n held, from its booked time on, with what the
 * checklist covered and a summary. If-Match: the course's version.
 */
@Serves({"H-13", "H-17", "H-20"})
@AllowedRoles(Role.HEAD_COACH)
public class MarkVideoCallHeldFunction extends ApiFunction {
    private final CourseDesk course = bean(CourseDesk.class);

    public MarkVideoCallHeldFunction() {
    }

    public MarkVideoCallHeldFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        var done = course.holdCall(r.actor(), r.path("id"), PathNumbers.call(r.path("n")), r.ifMatch(),
                r.body(CourseForms.HeldForm.class), r.idempotencyKey());
        return ApiResponse.ok(CourseView.of(done.value(), course.now())).taggedWith(done);
    }
}
