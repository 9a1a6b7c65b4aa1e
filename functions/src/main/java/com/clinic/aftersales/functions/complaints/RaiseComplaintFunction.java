package com.clinic.aftersales.functions.complaints;

import com.clinic.aftersales.complaint.Complaint;
import com.clinic.aftersales.complaint.ComplaintForms.ComplaintForm;
import com.clinic.aftersales.complaint.Complaints;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.command.Outcome;
import io.micronaut.context.ApplicationContext;

/** C-26 客户投诉 添加: a customer complains about a staff member (category, severity, what happened); a HIGH one reaches the super admin at once. */
@Serves({"C-26"})
@AllowedRoles({Role.AFTER_SALES, Role.SUPER_ADMIN})
public class RaiseComplaintFunction extends ApiFunction {
    private final Complaints complaints = bean(Complaints.class);

    public RaiseComplaintFunction() {
    }

    public RaiseComplaintFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        Outcome<Complaint> raised = complaints.raise(r.actor(), r.body(ComplaintForm.class), r.idempotencyKey());
        return ApiResponse.created(ComplaintView.of(raised.value()),
                "/complaints/" + raised.value().id()).taggedWith(raised);
    }
}
