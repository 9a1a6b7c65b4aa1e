package com.clinic.aftersales.functions.loans;

import com.clinic.aftersales.loan.LoanAccounts;
import com.clinic.aftersales.loan.LoanLedger;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.views.PageView;
import io.micronaut.context.ApplicationContext;

/** C-21 追回记录 across loans: the money recovered after dunning in a month (Asia/Shanghai; ?month=yyyy-MM, this month by default), newest first, each with its loan and customer. */
@Serves({"C-21"})
@AllowedRoles({Role.AFTER_SALES, Role.SUPER_ADMIN})
public class ListRecoveriesFunction extends ApiFunction {
    private final LoanAccounts loans = bean(LoanAccounts.class);
    private final LoanLedger ledger = bean(LoanLedger.class);

    public ListRecoveriesFunction() {
    }

    public ListRecoveriesFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return ApiResponse.ok(PageView.of(loans.recoveriesIn(r.month("month", ledger.now()), r.page()),
                e -> LoanView.EntryView.of(e, LoanView::repayment)));
    }
}
