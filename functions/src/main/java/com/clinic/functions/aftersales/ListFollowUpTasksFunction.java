package com.clinic.functions.aftersales;

import com.clinic.functions.api.AllowedRoles;
import com.clinic.functions.api.ApiFunction;
import com.clinic.functions.api.ApiRequest;
import com.clinic.functions.api.ApiResponse;
import com.clinic.functions.api.Serves;
import com.clinic.functions.views.FollowUpView;
import com.clinic.functions.views.PageView;
import com.clinic.model.Role;
import com.clinic.model.aftersales.AfterSalesService;
import io.micronaut.context.ApplicationContext;

/** C-22: open post-op follow-ups, earliest due first; ?owner=me for the signed-in owner's own. */
@Serves({"C-22"})
@AllowedRoles(Role.AFTER_SALES)
public class ListFollowUpTasksFunction extends ApiFunction {
    private final AfterSalesService afterSales = bean(AfterSalesService.class);

    public ListFollowUpTasksFunction() {
    }

    public ListFollowUpTasksFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        String owner = "me".equals(r.query("owner")) ? r.actor().id() : r.query("owner");
        return ApiResponse.ok(PageView.of(afterSales.followUps(owner, r.page()), FollowUpView::of));
    }
}
