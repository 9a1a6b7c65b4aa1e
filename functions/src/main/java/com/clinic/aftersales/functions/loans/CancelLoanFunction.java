package com.clinic.aftersales.functions.loans;

import com.clinic.aftersales.loan.LoanLedger;
import com.clinic.journey.visit.Forms.ReasonForm;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import io.micronaut.context.ApplicationContext;

/**
 * 取消分期 (the super admin, with a reason): what the loan still asks is no longer owed; what was repaid stays
 * paid. The loan is cancelled and its timers stop; after-sales sees it in the audit trail.
 */
@Serves({"C-17"})
@AllowedRoles({Role.SUPER_ADMIN})
public class CancelLoanFunction extends ApiFunction {
    private final LoanLedger ledger = bean(LoanLedger.class);

    public CancelLoanFunction() {
    }

    public CancelLoanFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return LoanView.changed(ledger.writeOff(r.actor(), r.path("id"), r.ifMatch(), r.body(ReasonForm.class),
                r.idempotencyKey()), ledger.now());
    }
}
