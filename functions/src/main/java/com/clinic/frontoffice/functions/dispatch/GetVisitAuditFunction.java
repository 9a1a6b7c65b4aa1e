package com.clinic.frontoffice.functions.dispatch;

import com.clinic.frontoffice.dispatch.DispatchService;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.views.AuditView;
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
