package com.clinic.aftersales.functions.loans;

import com.clinic.aftersales.loan.LoanAccounts;
import com.clinic.aftersales.loan.LoanLedger;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.views.AuditView;
import io.micronaut.context.ApplicationContext;

/**
 * C-17…C-21: who changed a loan, when, and from which status to which (opened, owner assigned, repaid, period
 * overdue, dunned, recovered), oldest first.
 */
@Serves({"C-17", "C-18", "C-19", "C-20", "C-21"})
@AllowedRoles({Role.AFTER_SALES, Role.SUPER_ADMIN})
public class GetLoanAuditFunction extends ApiFunction {
    private final LoanLedger ledger = bean(LoanLedger.class);
    private final LoanAccounts loans = bean(LoanAccounts.class);

    public GetLoanAuditFunction() {
    }

    public GetLoanAuditFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        String id = ledger.get(r.actor(), r.path("id")).id();
        return ApiResponse.ok(loans.auditTrail(id).stream().map(AuditView::of).toList());
    }
}
