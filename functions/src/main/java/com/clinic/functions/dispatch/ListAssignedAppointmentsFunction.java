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
