package com.clinic.printing.functions;

import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.views.PrintJobView;
import com.clinic.printing.PrintService;
import io.micronaut.context.ApplicationContext;

/**
 * A print job's state, and a presigned download link of its PDF once done: a visit's labels and sheets for whom
 * the visit is their business, a program's signed contract (H-04) for its staff and its customer.
 */
@Serves({"C-07", "C-13", "H-04"})
@AllowedRoles({Role.FRONT_DESK, Role.CONSULTANT, Role.AFTER_SALES, Role.SUPER_ADMIN, Role.ADMIN, Role.CUSTOMER_SERVICE,
        Role.AUDITOR, Role.HEALTH_MANAGER, Role.HEAD_COACH, Role.ASSISTANT_COACH, Role.CUSTOMER})
public class GetPrintJobFunction extends ApiFunction {
    private final PrintService printing = bean(PrintService.class);

    public GetPrintJobFunction() {
    }

    public GetPrintJobFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return ApiResponse.ok(PrintJobView.of(printing.get(r.actor(), r.path("id"))));
    }
}
