package com.clinic.functions.aftersales;

import com.clinic.functions.api.AllowedRoles;
import com.clinic.functions.api.ApiFunction;
import com.clinic.functions.api.ApiRequest;
import com.clinic.functions.api.ApiResponse;
import com.clinic.functions.api.Serves;
import com.clinic.functions.views.VisitAnswers;
import com.clinic.model.Role;
import com.clinic.model.aftersales.AfterSalesService;
import com.clinic.model.visit.Forms.AdmissionForm;
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
