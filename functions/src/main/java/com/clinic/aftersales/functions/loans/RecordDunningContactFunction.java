package com.clinic.aftersales.functions.loans;

import com.clinic.aftersales.loan.LoanForms.DunningForm;
import com.clinic.aftersales.loan.LoanLedger;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import io.micronaut.context.ApplicationContext;

/** C-20 催款: a contact with the customer of an overdue loan (channel, outcome, promised date, note). */
@Serves({"C-20"})
@AllowedRoles({Role.AFTER_SALES})
public class RecordDunningContactFunction extends ApiFunction {
    private final LoanLedger ledger = bean(LoanLedger.class);

    public RecordDunningContactFunction() {
    }

    public RecordDunningContactFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return LoanView.changed(ledger.dun(r.actor(), r.path("id"), r.ifMatch(), r.body(DunningForm.class),
                r.idempotencyKey()), ledger.now());
    }
}
