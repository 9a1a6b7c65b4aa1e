package com.clinic.aftersales.functions.visitors;

import com.clinic.aftersales.records.Visitors;
import com.clinic.journey.visit.Forms.CustomerInfoForm;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.views.VisitAnswers;
import io.micronaut.context.ApplicationContext;

/**
 * C-24 来院客户 修改: corrects the customer's basic information on the visit (name, gender, age, source /
 * self-media account, notes; If-Match: the visit's version); the audit trail keeps each change before → after.
 */
@Serves({"C-24"})
@AllowedRoles({Role.AFTER_SALES, Role.SUPER_ADMIN})
public class EditVisitorInfoFunction extends ApiFunction {
    private final Visitors visitors = bean(Visitors.class);

    public EditVisitorInfoFunction() {
    }

    public EditVisitorInfoFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return VisitAnswers.changed(r.actor(), visitors.editInfo(r.actor(), r.path("code"), r.ifMatch(),
                r.body(CustomerInfoForm.class), r.idempotencyKey()));
    }
}
