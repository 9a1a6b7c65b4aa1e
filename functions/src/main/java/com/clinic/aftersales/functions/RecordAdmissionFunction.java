package com.clinic.aftersales.functions;

import com.clinic.aftersales.AfterSalesService;
import com.clinic.journey.visit.Forms.AdmissionForm;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.views.VisitAnswers;
import io.micronaut.context.ApplicationContext;

/** C-27 入院记录: the paid customer is admitted; the operation date schedules the day 2, 7 and 15 follow-ups
 * (T-01…T-03). */
@Serves({"C-27", "T-01", "T-02", "T-03"})
@AllowedRoles(Role.AFTER_SALES)
public class RecordAdmissionFunction extends ApiFunction {
    private final AfterSalesService afterSales = bean(AfterSalesService.class);

    public RecordAdmissionFunction() {
    }

    public RecordAdmissionFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return VisitAnswers.changed(r.actor(), afterSales.admit(r.actor(), r.path("code"), r.ifMatch(),
                r.body(AdmissionForm.class), r.idempotencyKey()));
    }
}
