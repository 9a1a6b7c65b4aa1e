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

/** C-21 添加追回: money recovered after dunning; it is also a repayment, applied to the periods in the same write. */
@Serves({"C-21"})
@AllowedRoles({Role.AFTER_SALES})
public class AddRecoveryFunction extends ApiFunction {
    private final LoanLedger ledger = bean(LoanLedger.class);

    public AddRecoveryFunction() {
    }

    public AddRecoveryFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return LoanView.changed(ledger.recover(r.actor(), r.path("id"), r.ifMatch(), r.body(RepaymentForm.class),
                r.idempotencyKey()), ledger.now());
    }
}
