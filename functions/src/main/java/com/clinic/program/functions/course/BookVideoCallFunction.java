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
 * H-13 / H-17 / H-20 预约视频沟通: the program's head coach books video call n (1 before the plan, 2 at the end of
 * week 3, 3 two days after the end) or moves it; the customer and the group get the notice. After the customer's
 * cancellation the new time is within 24 h of it. If-Match: the course's version.
 */
@Serves({"H-13", "H-17", "H-20"})
@AllowedRoles(Role.HEAD_COACH)
public class BookVideoCallFunction extends ApiFunction {
    private final CourseDesk course = bean(CourseDesk.class);

    public BookVideoCallFunction() {
    }

    public BookVideoCallFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        var done = course.bookCall(r.actor(), r.path("id"), PathNumbers.call(r.path("n")), r.ifMatch(),
                r.body(CourseForms.CallForm.class), r.idempotencyKey());
        return ApiResponse.ok(CourseView.of(done.value(), course.now())).taggedWith(done);
    }
}
