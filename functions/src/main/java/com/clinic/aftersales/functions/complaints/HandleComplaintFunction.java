package com.clinic.aftersales.functions.complaints;

import com.clinic.aftersales.complaint.ComplaintForms.HandlingForm;
import com.clinic.aftersales.complaint.Complaints;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import io.micronaut.context.ApplicationContext;

/** C-26 客户投诉 处理: a handling step with its note, to HANDLING, RESOLVED or CLOSED; a resolved or closed complaint takes no more steps. */
@Serves({"C-26"})
@AllowedRoles({Role.AFTER_SALES, Role.SUPER_ADMIN})
public class HandleComplaintFunction extends ApiFunction {
    private final Complaints complaints = bean(Complaints.class);

    public HandleComplaintFunction() {
    }

    public HandleComplaintFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        var handled = complaints.handle(r.actor(), r.path("id"), r.ifMatch(), r.body(HandlingForm.class),
                r.idempotencyKey());
        return ApiResponse.ok(ComplaintView.of(handled.value())).taggedWith(handled);
    }
}
