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

/** C-20 催款明细 across loans: the dunning contacts recorded in a month (Asia/Shanghai; ?month=yyyy-MM, this month by default), newest first, each with its loan and customer. */
@Serves({"C-20"})
@AllowedRoles({Role.AFTER_SALES, Role.SUPER_ADMIN})
public class ListDunningContactsFunction extends ApiFunction {
    private final LoanAccounts loans = bean(LoanAccounts.class);
    private final LoanLedger ledger = bean(LoanLedger.class);

    public ListDunningContactsFunction() {
    }

    public ListDunningContactsFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return ApiResponse.ok(PageView.of(loans.dunningIn(r.month("month", ledger.now()), r.page()),
                e -> LoanView.EntryView.of(e, LoanView::contact)));
    }
}
