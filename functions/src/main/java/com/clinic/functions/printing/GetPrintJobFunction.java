package com.clinic.functions.printing;

import com.clinic.functions.api.AllowedRoles;
import com.clinic.functions.api.ApiFunction;
import com.clinic.functions.api.ApiRequest;
import com.clinic.functions.api.ApiResponse;
import com.clinic.functions.api.Serves;
import com.clinic.functions.views.PrintJobView;
import com.clinic.model.Role;
import com.clinic.model.print.PrintService;
import io.micronaut.context.ApplicationContext;

/** A print job's state, and a presigned download link of its PDF once done. */
@Serves({"C-07", "C-13"})
@AllowedRoles({Role.FRONT_DESK, Role.CONSULTANT, Role.AFTER_SALES})
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
