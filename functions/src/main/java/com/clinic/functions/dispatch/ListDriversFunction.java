package com.clinic.functions.dispatch;

import com.clinic.functions.api.AllowedRoles;
import com.clinic.functions.api.ApiFunction;
import com.clinic.functions.api.ApiRequest;
import com.clinic.functions.api.ApiResponse;
import com.clinic.functions.api.Serves;
import com.clinic.functions.views.StaffView;
import com.clinic.model.Role;
import com.clinic.model.dispatch.DispatchService;
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
