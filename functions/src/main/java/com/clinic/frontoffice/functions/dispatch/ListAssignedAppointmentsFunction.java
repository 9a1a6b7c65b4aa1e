package com.clinic.frontoffice.functions.dispatch;

import com.clinic.frontoffice.dispatch.DispatchService;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.views.VisitAnswers;
import io.micronaut.context.ApplicationContext;

/** C-03 已分配客户: customers with a driver, not yet picked up, earliest arrival first. */
@Serves({"C-03"})
@AllowedRoles(Role.DISPATCHER)
public class ListAssignedAppointmentsFunction extends ApiFunction {
    private final DispatchService dispatch = bean(DispatchService.class);

    public ListAssignedAppointmentsFunction() {
    }

    public ListAssignedAppointmentsFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return VisitAnswers.list(r.actor(), dispatch.assigned(r.page()));
    }
}
