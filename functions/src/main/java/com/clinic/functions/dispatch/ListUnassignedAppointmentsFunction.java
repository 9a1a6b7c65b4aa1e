package com.clinic.functions.dispatch;

import com.clinic.functions.api.AllowedRoles;
import com.clinic.functions.api.ApiFunction;
import com.clinic.functions.api.ApiRequest;
import com.clinic.functions.api.ApiResponse;
import com.clinic.functions.api.Serves;
import com.clinic.functions.views.VisitAnswers;
import com.clinic.model.Role;
import com.clinic.model.dispatch.DispatchService;
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
