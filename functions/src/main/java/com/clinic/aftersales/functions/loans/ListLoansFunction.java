package com.clinic.aftersales.functions.loans;

import com.clinic.aftersales.loan.LoanAccount;
import com.clinic.aftersales.loan.LoanAccounts;
import com.clinic.aftersales.loan.LoanLedger;
import com.clinic.platform.Check;
import com.clinic.platform.Page;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.views.PageView;
import io.micronaut.context.ApplicationContext;
import java.time.Instant;

/**
 * C-17 贷款客户: every loan, newest first, with principal, received, outstanding, next due date and days overdue;
 * {@code ?owner=me} (or a staff id) for one owner's loans, {@code ?overdue=true} for the overdue ones (both: the
 * overdue list narrowed to the owner, so a page may hold fewer than asked; follow {@code next});
 * {@code ?toSettle=true} for the loans whose journey was rejected (待结清), likewise narrowed to an owner.
 */
@Serves({"C-17"})
@AllowedRoles({Role.AFTER_SALES, Role.SUPER_ADMIN})
public class ListLoansFunction extends ApiFunction {
    private final LoanAccounts loans = bean(LoanAccounts.class);
    private final LoanLedger ledger = bean(LoanLedger.class);

    public ListLoansFunction() {
    }

    public ListLoansFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        Check check = new Check();
        String owner = "me".equals(r.query("owner")) ? r.actor().id() : check.optional("owner", r.query("owner"), 64);
        boolean overdue = check.bool("overdue", r.query("overdue"), false);
        boolean toSettle = check.bool("toSettle", r.query("toSettle"), false);
        if (overdue && toSettle) {
            check.fail("toSettle", "a loan is either overdue or waiting to be settled: ask for one list");
        }
        check.done();
        Page<LoanAccount> page;
        if (overdue || toSettle) {
            Page<LoanAccount> all = overdue ? loans.overdue(r.page()) : loans.toSettle(r.page());
            page = owner == null ? all : new Page<>(all.items().stream().filter(l -> l.owner().is(owner)).toList(),
                    all.next());
        } else {
            page = owner == null ? loans.all(r.page()) : loans.ownedBy(owner, r.page());
        }
        Instant now = ledger.now();
        return ApiResponse.ok(PageView.of(page, l -> LoanView.of(l, now)));
    }
}
