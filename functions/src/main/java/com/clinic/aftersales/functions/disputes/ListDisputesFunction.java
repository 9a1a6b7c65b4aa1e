package com.clinic.aftersales.functions.disputes;

import com.clinic.aftersales.dispute.Disputes;
import com.clinic.aftersales.functions.RecordFilters;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.views.DisputeView;
import com.clinic.platform.views.PageView;
import io.micronaut.context.ApplicationContext;

/**
 * C-25 其他纠纷 / C-23 纠纷记录: disputes newest first, each with its edit history and version (for If-Match): by
 * the month raised (Asia/Shanghai; ?month=yyyy-MM), by who raised them (?owner=id|me), by the customer (?phone=).
 */
@Serves({"C-23", "C-25"})
@AllowedRoles({Role.AFTER_SALES, Role.SUPER_ADMIN})
public class ListDisputesFunction extends ApiFunction {
    private final Disputes disputes = bean(Disputes.class);

    public ListDisputesFunction() {
    }

    public ListDisputesFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return ApiResponse.ok(PageView.of(disputes.list(RecordFilters.of(r, disputes.now()), r.page()),
                DisputeView::of));
    }
}
