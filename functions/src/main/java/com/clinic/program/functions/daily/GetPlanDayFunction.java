package com.clinic.program.functions.daily;

import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.program.daily.DailyWork;
import com.clinic.program.functions.PlanDayView;
import io.micronaut.context.ApplicationContext;

/**
 * H-14 / H-16 a day of the plan as the group's members see it: the meal plan with its revisions and the posts made
 * for it, each with its due time (an empty day, version 0, before anything was done). The ETag is the day's version.
 */
@Serves({"H-14", "H-16"})
@AllowedRoles({Role.ADMIN, Role.CUSTOMER_SERVICE, Role.HEAD_COACH, Role.ASSISTANT_COACH, Role.CUSTOMER})
public class GetPlanDayFunction extends ApiFunction {
    private final DailyWork daily = bean(DailyWork.class);

    public GetPlanDayFunction() {
    }

    public GetPlanDayFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        var day = daily.day(r.actor(), r.path("id"), r.path("date"));
        return ApiResponse.ok(PlanDayView.of(day)).withETag(day.version());
    }
}
