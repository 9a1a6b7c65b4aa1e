package com.clinic.functions.dispatch;

import com.clinic.functions.api.AllowedRoles;
import com.clinic.functions.api.ApiFunction;
import com.clinic.functions.api.ApiRequest;
import com.clinic.functions.api.ApiResponse;
import com.clinic.functions.api.Serves;
import com.clinic.functions.views.AuditView;
import com.clinic.model.Role;
import com.clinic.model.dispatch.DispatchService;
import io.micronaut.context.ApplicationContext;

/** Who changed an appointment, when, and from which stage to which. */
@Serves({"C-02", "C-03"})
@AllowedRoles({Role.DISPATCHER, Role.SUPER_ADMIN, Role.AFTER_SALES})
public class GetVisitAuditFunction extends ApiFunction {
    private final DispatchService dispatch = bean(DispatchService.class);

    public GetVisitAuditFunction() {
    }

    public GetVisitAuditFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return ApiResponse.ok(dispatch.auditTrail(r.actor(), r.path("code")).stream().map(AuditView::of).toList());
    }
}
