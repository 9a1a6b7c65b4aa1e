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
 * H-14 / H-16 the program's assistant coach posts to the customer's group for a plan day: its meal plan (the day
 * before, 16:00–18:00, with a plain-words reading), the morning greeting (on the day, before 09:00) or the holiday
 * greeting (the day before a holiday begins). The post is the group's message, written with the day. If-Match: the
 * day's version (none, or 0, for a day with nothing yet).
 */
@Serves({"H-14", "H-16"})
@AllowedRoles(Role.ASSISTANT_COACH)
public class SendDailyPostFunction extends ApiFunction {
    private final DailyWork daily = bean(DailyWork.class);

    public SendDailyPostFunction() {
    }

    public SendDailyPostFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        var done = daily.post(r.actor(), r.path("id"), r.path("date"), r.ifMatch(),
                r.body(DailyForms.PostForm.class), r.idempotencyKey());
        return ApiResponse.ok(PlanDayView.of(done.value())).taggedWith(done);
    }
}
