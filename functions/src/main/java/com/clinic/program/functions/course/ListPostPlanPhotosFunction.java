package com.clinic.program.functions.course;

import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.program.course.AfterPlanDesk;
import io.micronaut.context.ApplicationContext;

/**
 * H-21 the post-plan photos as presigned downloads, for the program's staff and its customer (another customer's
 * program is 404).
 */
@Serves({"H-21"})
@AllowedRoles({Role.ADMIN, Role.SUPER_ADMIN, Role.CUSTOMER_SERVICE, Role.HEALTH_MANAGER, Role.HEAD_COACH,
        Role.ASSISTANT_COACH, Role.AUDITOR, Role.CUSTOMER})
public class ListPostPlanPhotosFunction extends ApiFunction {
    private final AfterPlanDesk course = bean(AfterPlanDesk.class);

    public ListPostPlanPhotosFunction() {
    }

    public ListPostPlanPhotosFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return ApiResponse.ok(Links.of(course.photos(r.actor(), r.path("id"))));
    }
}
