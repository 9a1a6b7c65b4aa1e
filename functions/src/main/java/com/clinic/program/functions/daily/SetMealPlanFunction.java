package com.clinic.program.functions.daily;

import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.program.daily.DailyForms;
import com.clinic.program.daily.DailyWork;
import com.clinic.program.functions.PlanDayView;
import io.micronaut.context.ApplicationContext;

/**
 * H-14 the day's meal plan: the program's customer service sets it for one of the plan's 49 days (by 16:00 the day
 * before, so the assistant coach can post it), or adjusts it on the customer's objection once posted (then
 * {@code reason} is required and the coach is told to post it again). If-Match: the day's version (none, or 0, for a
 * day with nothing yet).
 */
@Serves({"H-14"})
@AllowedRoles(Role.CUSTOMER_SERVICE)
public class SetMealPlanFunction extends ApiFunction {
    private final DailyWork daily = bean(DailyWork.class);

    public SetMealPlanFunction() {
    }

    public SetMealPlanFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        var done = daily.setMealPlan(r.actor(), r.path("id"), r.path("date"), r.ifMatch(),
                r.body(DailyForms.MealPlanForm.class), r.idempotencyKey());
        return ApiResponse.ok(PlanDayView.of(done.value())).taggedWith(done);
    }
}
