package com.clinic.frontoffice.functions.dispatch;

import com.clinic.frontoffice.dispatch.DispatchService;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.views.StaffView;
import io.micronaut.context.ApplicationContext;

/** The active drivers a dispatcher picks from (选择司机). */
@Serves({"C-02"})
@AllowedRoles(Role.DISPATCHER)
public class ListDriversFunction extends ApiFunction {
    private final DispatchService dispatch = bean(DispatchService.class);

    public ListDriversFunction() {
    }

    public ListDriversFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return ApiResponse.ok(dispatch.drivers().stream().map(StaffView::of).toList());
    }
}
