package com.clinic.aftersales.functions.loans;

import com.clinic.aftersales.loan.LoanForms.RepaymentForm;
import com.clinic.aftersales.loan.LoanLedger;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import io.micronaut.context.ApplicationContext;

/** C-18 添加还款: money received, applied to the oldest open periods first; more than is outstanding is a 400. */
@Serves({"C-18"})
@AllowedRoles({Role.AFTER_SALES})
public class AddRepaymentFunction extends ApiFunction {
    private final LoanLedger ledger = bean(LoanLedger.class);

    public AddRepaymentFunction() {
    }

    public AddRepaymentFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return LoanView.changed(ledger.repay(r.actor(), r.path("id"), r.ifMatch(), r.body(RepaymentForm.class),
                r.idempotencyKey()), ledger.now());
    }
}
