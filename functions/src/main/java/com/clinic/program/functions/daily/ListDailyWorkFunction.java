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
 * H-14 / H-16 the daily work of a date ({@code ?date=YYYY-MM-DD}, Asia/Shanghai; today when absent): each running
 * plan's meal plan to set and post for the next day, the holiday greeting when a holiday begins then, and the day's
 * greeting, each with its owner, due time and status (PENDING, DONE, LATE, OVERDUE), earliest due first. The admins
 * see every program's; a team member the programs they sit in.
 */
@Serves({"H-14", "H-16", "T-13"})
@AllowedRoles({Role.ADMIN, Role.SUPER_ADMIN, Role.CUSTOMER_SERVICE, Role.HEAD_COACH, Role.ASSISTANT_COACH})
public class ListDailyWorkFunction extends ApiFunction {
    private final DailyWork daily = bean(DailyWork.class);

    public ListDailyWorkFunction() {
    }

    public ListDailyWorkFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return ApiResponse.ok(daily.work(r.actor(), r.query("date")).stream().map(PlanDayView.WorkItemView::of)
                .toList());
    }
}
