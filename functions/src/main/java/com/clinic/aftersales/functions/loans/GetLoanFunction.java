package com.clinic.aftersales.functions.loans;

import com.clinic.aftersales.loan.LoanAccount;
import com.clinic.aftersales.loan.LoanLedger;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import io.micronaut.context.ApplicationContext;

/** C-19 分期明细, C-18 还款明细, C-20 催款明细, C-21 追回明细: one loan with its periods as they stand today, with its ETag. */
@Serves({"C-18", "C-19", "C-20", "C-21"})
@AllowedRoles({Role.AFTER_SALES, Role.SUPER_ADMIN})
public class GetLoanFunction extends ApiFunction {
    private final LoanLedger ledger = bean(LoanLedger.class);

    public GetLoanFunction() {
    }

    public GetLoanFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        LoanAccount loan = ledger.get(r.actor(), r.path("id"));
        return ApiResponse.ok(LoanView.of(loan, ledger.now())).withHeader("ETag", LoanView.etag(loan));
    }
}
