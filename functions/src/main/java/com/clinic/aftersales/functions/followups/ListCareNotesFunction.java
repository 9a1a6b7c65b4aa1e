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
 * C-23 关怀记录: care notes newest first, by month (?month=yyyy-MM), by who wrote them (?owner=id|me) or by the
 * customer (?phone=).
 */
@Serves({"C-23"})
@AllowedRoles({Role.AFTER_SALES, Role.SUPER_ADMIN})
public class ListCareNotesFunction extends ApiFunction {
    private final FollowUpDesk desk = bean(FollowUpDesk.class);

    public ListCareNotesFunction() {
    }

    public ListCareNotesFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return ApiResponse.ok(PageView.of(desk.careNotes(RecordFilters.of(r, desk.now()), r.page()),
                FollowUpView.CareNoteLine::of));
    }
}
