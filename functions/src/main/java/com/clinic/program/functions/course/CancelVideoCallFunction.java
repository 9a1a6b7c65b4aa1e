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
 * H-13 客户临时无法参加: the customer says so in the app (or a member of her team records it); the head coach owes a
 * new time within 2 h. If-Match: the course's version.
 */
@Serves({"H-13", "T-12"})
@AllowedRoles({Role.CUSTOMER, Role.HEAD_COACH, Role.ASSISTANT_COACH, Role.CUSTOMER_SERVICE})
public class CancelVideoCallFunction extends ApiFunction {
    private final CourseDesk course = bean(CourseDesk.class);

    public CancelVideoCallFunction() {
    }

    public CancelVideoCallFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        var done = course.cancelCall(r.actor(), r.path("id"), PathNumbers.call(r.path("n")), r.ifMatch(),
                r.body(ReasonForm.class), r.idempotencyKey());
        return ApiResponse.ok(CourseView.of(done.value(), course.now())).taggedWith(done);
    }
}
