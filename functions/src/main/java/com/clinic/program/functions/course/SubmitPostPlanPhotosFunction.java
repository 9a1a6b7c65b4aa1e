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
 * H-21 方案后照片: the customer files her post-plan photos (uploaded first, each checked to be in storage) after
 * the plan's end; the coaches are told. If-Match: the course's version.
 */
@Serves({"H-21"})
@AllowedRoles(Role.CUSTOMER)
public class SubmitPostPlanPhotosFunction extends ApiFunction {
    private final AfterPlanDesk course = bean(AfterPlanDesk.class);

    public SubmitPostPlanPhotosFunction() {
    }

    public SubmitPostPlanPhotosFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        var done = course.submitPhotos(r.actor(), r.path("id"), r.ifMatch(),
                r.body(CourseForms.PhotosForm.class), r.idempotencyKey());
        return ApiResponse.ok(CourseView.of(done.value(), course.now())).taggedWith(done);
    }
}
