package com.clinic.aftersales.functions.followups;

import com.clinic.aftersales.followup.FollowUpDesk;
import com.clinic.aftersales.functions.RecordFilters;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.views.FollowUpView;
import com.clinic.platform.views.PageView;
import io.micronaut.context.ApplicationContext;

/**
 * C-30 通话记录: follow-up calls with their recordings, newest first, by month (?month=yyyy-MM), by caller
 * (?owner=id|me) or by the customer (?phone=).
 */
@Serves({"C-30"})
@AllowedRoles({Role.AFTER_SALES, Role.SUPER_ADMIN})
public class ListFollowUpCallsFunction extends ApiFunction {
    private final FollowUpDesk desk = bean(FollowUpDesk.class);

    public ListFollowUpCallsFunction() {
    }

    public ListFollowUpCallsFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return ApiResponse.ok(PageView.of(desk.calls(RecordFilters.of(r, desk.now()), r.page()),
                FollowUpView.CallLine::of));
    }
}
