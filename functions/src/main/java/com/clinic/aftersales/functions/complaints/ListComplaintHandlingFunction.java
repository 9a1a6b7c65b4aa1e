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

/** C-26 客诉处理: the handling steps taken in a month (Asia/Shanghai; ?month=yyyy-MM, this month by default), newest first, each with its complaint. */
@Serves({"C-26"})
@AllowedRoles({Role.AFTER_SALES, Role.SUPER_ADMIN})
public class ListComplaintHandlingFunction extends ApiFunction {
    private final Complaints complaints = bean(Complaints.class);

    public ListComplaintHandlingFunction() {
    }

    public ListComplaintHandlingFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return ApiResponse.ok(PageView.of(complaints.handledIn(r.month("month", complaints.now()), r.page()),
                ComplaintView.HandlingView::of));
    }
}
