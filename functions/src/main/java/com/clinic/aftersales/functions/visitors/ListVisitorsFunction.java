package com.clinic.aftersales.functions.visitors;

import com.clinic.aftersales.functions.CustomerSearch;
import com.clinic.aftersales.records.Visitors;
import com.clinic.journey.VisitRecords.VisitorEntry;
import com.clinic.journey.VisitRecords.VisitorQuery;
import com.clinic.platform.Page;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.views.PageView;
import io.micronaut.context.ApplicationContext;

/**
 * C-24 来院客户: everyone the front desk registered at the clinic, newest arrival first: by month (?month=yyyy-MM,
 * this month by default), or searched by mobile (?phone=), name (?name=, spaces and full-width letters ignored) or
 * visit code (?code=) — one search at a time.
 */
@Serves({"C-24"})
@AllowedRoles({Role.AFTER_SALES, Role.SUPER_ADMIN})
public class ListVisitorsFunction extends ApiFunction {
    private final Visitors visitors = bean(Visitors.class);

    public ListVisitorsFunction() {
    }

    public ListVisitorsFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        CustomerSearch search = CustomerSearch.of(r);
        Page<VisitorEntry> page = search.code() != null ? visitors.byCode(search.code())
                : visitors.find(new VisitorQuery(r.month("month", visitors.now()), search.phone(), search.name()),
                        r.page());
        return ApiResponse.ok(PageView.of(page, VisitorView::of));
    }
}
