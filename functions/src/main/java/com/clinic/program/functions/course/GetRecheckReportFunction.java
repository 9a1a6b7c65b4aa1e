package com.clinic.program.functions.course;

import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.program.course.AfterPlanDesk;
import io.micronaut.context.ApplicationContext;

/**
 * H-23 the re-check report (confidential) as presigned downloads: the health archive's readers and the customer
 * herself; each read is logged in the archive's read log.
 */
@Serves({"H-23"})
@AllowedRoles({Role.AUDITOR, Role.CUSTOMER_SERVICE, Role.HEALTH_MANAGER, Role.CUSTOMER})
public class GetRecheckReportFunction extends ApiFunction {
    private final AfterPlanDesk course = bean(AfterPlanDesk.class);

    public GetRecheckReportFunction() {
    }

    public GetRecheckReportFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return ApiResponse.ok(Links.of(course.report(r.actor(), r.path("id"))));
    }
}
