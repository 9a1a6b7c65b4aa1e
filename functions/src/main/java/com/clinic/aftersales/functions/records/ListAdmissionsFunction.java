package com.clinic.aftersales.functions.records;

import com.clinic.journey.VisitRecords;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.views.PageView;
import io.micronaut.context.ApplicationContext;
import java.time.Clock;

/** C-27 入院记录: every customer admitted for an operation in a month (Asia/Shanghai; ?month=yyyy-MM, this month by default), newest first, with the operation date and the follow-ups' owner. */
@Serves({"C-27"})
@AllowedRoles({Role.AFTER_SALES, Role.SUPER_ADMIN})
public class ListAdmissionsFunction extends ApiFunction {
    private final VisitRecords records = bean(VisitRecords.class);
    private final Clock clock = bean(Clock.class);

    public ListAdmissionsFunction() {
    }

    public ListAdmissionsFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return ApiResponse.ok(PageView.of(records.admissionsIn(r.month("month", clock.instant()), r.page()),
                RecordViews.AdmissionView::of));
    }
}
