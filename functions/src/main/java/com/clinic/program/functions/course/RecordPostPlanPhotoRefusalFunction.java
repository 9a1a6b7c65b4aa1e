package com.clinic.program.functions.course;

import com.clinic.journey.visit.Forms.ReasonForm;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.program.course.AfterPlanDesk;
import com.clinic.program.functions.CourseView;
import io.micronaut.context.ApplicationContext;

/**
 * H-21 异常处理: the photos are not compulsory — the customer says she would rather not (or a member of her team
 * records it on her word). If-Match: the course's version.
 */
@Serves({"H-21"})
@AllowedRoles({Role.CUSTOMER, Role.HEAD_COACH, Role.ASSISTANT_COACH, Role.CUSTOMER_SERVICE})
public class RecordPostPlanPhotoRefusalFunction extends ApiFunction {
    private final AfterPlanDesk course = bean(AfterPlanDesk.class);

    public RecordPostPlanPhotoRefusalFunction() {
    }

    public RecordPostPlanPhotoRefusalFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        var done = course.refusePhotos(r.actor(), r.path("id"), r.ifMatch(),
                r.body(ReasonForm.class), r.idempotencyKey());
        return ApiResponse.ok(CourseView.of(done.value(), course.now())).taggedWith(done);
    }
}
