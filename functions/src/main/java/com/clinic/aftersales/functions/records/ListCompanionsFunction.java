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

/** C-30 增加多人记录: the people added to customers' visits in a month (Asia/Shanghai; ?month=yyyy-MM, this month by default), newest first. */
@Serves({"C-30"})
@AllowedRoles({Role.AFTER_SALES, Role.SUPER_ADMIN})
public class ListCompanionsFunction extends ApiFunction {
    private final VisitRecords records = bean(VisitRecords.class);
    private final Clock clock = bean(Clock.class);

    public ListCompanionsFunction() {
    }

    public ListCompanionsFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return ApiResponse.ok(PageView.of(records.companionsIn(r.month("month", clock.instant()), r.page()),
                RecordViews.CompanionView::of));
    }
}
