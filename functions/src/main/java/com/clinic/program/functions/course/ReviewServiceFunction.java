package com.clinic.program.functions.course;

import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.program.course.AfterPlanDesk;
import com.clinic.program.course.CourseForms;
import com.clinic.program.functions.CourseView;
import io.micronaut.context.ApplicationContext;

/**
 * H-19 《复盘服务评价表》: each coach of the program reviews the service once the plan has ended — the customer's
 * execution 1–10, strengths, weaknesses, suggestions (each considered, not a word or two); with both in, the
 * review deadline is done and the T-11 reminders stop. If-Match: the course's version.
 */
@Serves({"H-19", "T-11", "T-12"})
@AllowedRoles({Role.HEAD_COACH, Role.ASSISTANT_COACH})
public class ReviewServiceFunction extends ApiFunction {
    private final AfterPlanDesk course = bean(AfterPlanDesk.class);

    public ReviewServiceFunction() {
    }

    public ReviewServiceFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        var done = course.review(r.actor(), r.path("id"), r.ifMatch(),
                r.body(CourseForms.ReviewForm.class), r.idempotencyKey());
        return ApiResponse.ok(CourseView.of(done.value(), course.now())).taggedWith(done);
    }
}
