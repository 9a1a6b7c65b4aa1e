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

/** C-02 待分配客户: booked customers waiting for a driver, earliest arrival first. */
@Serves({"C-02"})
@AllowedRoles(Role.DISPATCHER)
public class ListUnassignedAppointmentsFunction extends ApiFunction {
    private final DispatchService dispatch = bean(DispatchService.class);

    public ListUnassignedAppointmentsFunction() {
    }

    public ListUnassignedAppointmentsFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return VisitAnswers.list(r.actor(), dispatch.unassigned(r.page()));
    }
}
