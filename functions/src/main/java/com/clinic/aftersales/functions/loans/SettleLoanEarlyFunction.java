package com.clinic.aftersales.functions.loans;

import com.clinic.aftersales.loan.LoanLedger;
import com.clinic.aftersales.loan.LoanForms.RepaymentForm;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import io.micronaut.context.ApplicationContext;

/**
 * 提前结清: the customer pays everything the loan still asks at once (the amount must be exactly what is
 * outstanding); the loan is settled and its timers stop.
 */
@Serves({"C-18"})
@AllowedRoles({Role.AFTER_SALES})
public class SettleLoanEarlyFunction extends ApiFunction {
    private final LoanLedger ledger = bean(LoanLedger.class);

    public SettleLoanEarlyFunction() {
    }

    public SettleLoanEarlyFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return LoanView.changed(ledger.settleEarly(r.actor(), r.path("id"), r.ifMatch(), r.body(RepaymentForm.class),
                r.idempotencyKey()), ledger.now());
    }
}
