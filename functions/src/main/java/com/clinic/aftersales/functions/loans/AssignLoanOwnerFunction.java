package com.clinic.aftersales.functions.loans;

import com.clinic.aftersales.loan.LoanForms.OwnerForm;
import com.clinic.aftersales.loan.LoanLedger;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import io.micronaut.context.ApplicationContext;

/** C-17 分配售后: the after-sales member who chases the loan; handing it on needs a reason, kept in the history. */
@Serves({"C-17"})
@AllowedRoles({Role.AFTER_SALES, Role.SUPER_ADMIN})
public class AssignLoanOwnerFunction extends ApiFunction {
    private final LoanLedger ledger = bean(LoanLedger.class);

    public AssignLoanOwnerFunction() {
    }

    public AssignLoanOwnerFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return LoanView.changed(ledger.assignOwner(r.actor(), r.path("id"), r.ifMatch(), r.body(OwnerForm.class),
                r.idempotencyKey()), ledger.now());
    }
}
