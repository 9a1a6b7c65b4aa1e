package com.clinic.aftersales.functions.complaints;

import com.clinic.aftersales.complaint.Complaints;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.views.PageView;
import io.micronaut.context.ApplicationContext;

/** C-26 客户投诉: the complaints raised in a month (Asia/Shanghai; ?month=yyyy-MM, this month by default), newest first, with their steps and version (for If-Match). */
@Serves({"C-26"})
@AllowedRoles({Role.AFTER_SALES, Role.SUPER_ADMIN})
public class ListComplaintsFunction extends ApiFunction {
    private final Complaints complaints = bean(Complaints.class);

    public ListComplaintsFunction() {
    }

    public ListComplaintsFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return ApiResponse.ok(PageView.of(complaints.raisedIn(r.month("month", complaints.now()), r.page()),
                ComplaintView::of));
    }
}
