package com.clinic.aftersales.functions.complaints;

import com.clinic.aftersales.complaint.ComplaintForms.ComplaintEditForm;
import com.clinic.aftersales.complaint.Complaints;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import io.micronaut.context.ApplicationContext;

/** C-26 客户投诉 修改: category, severity and text while the complaint is handled; the replaced ones are kept. */
@Serves({"C-26"})
@AllowedRoles({Role.AFTER_SALES, Role.SUPER_ADMIN})
public class EditComplaintFunction extends ApiFunction {
    private final Complaints complaints = bean(Complaints.class);

    public EditComplaintFunction() {
    }

    public EditComplaintFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        var edited = complaints.edit(r.actor(), r.path("id"), r.ifMatch(), r.body(ComplaintEditForm.class),
                r.idempotencyKey());
        return ApiResponse.ok(ComplaintView.of(edited.value())).taggedWith(edited);
    }
}
