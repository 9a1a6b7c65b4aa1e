package com.clinic.aftersales.functions.loans;

import com.clinic.aftersales.loan.LoanLedger;
import com.clinic.aftersales.loan.LoanForms.RestructureForm;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import io.micronaut.context.ApplicationContext;

/**
 * C-17 分期调整: what the loan still asks is split over new monthly periods from a first due date, with the reason;
 * the periods already paid stay, and the overdue timers follow the new due dates.
 */
@Serves({"C-17", "C-19"})
@AllowedRoles({Role.AFTER_SALES, Role.SUPER_ADMIN})
public class RestructureLoanFunction extends ApiFunction {
    private final LoanLedger ledger = bean(LoanLedger.class);

    public RestructureLoanFunction() {
    }

    public RestructureLoanFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return LoanView.changed(ledger.restructure(r.actor(), r.path("id"), r.ifMatch(), r.body(RestructureForm.class),
                r.idempotencyKey()), ledger.now());
    }
}
