package com.clinic.aftersales.loan;

import com.clinic.platform.Page;
import com.clinic.platform.PageRequest;

/** C-17 贷款客户: the loan lists, newest loan first, each a query on keys made for it. */
public interface LoanAccounts {
    /** Every loan. */
    Page<LoanAccount> all(PageRequest page);

    /** The loans one after-sales member follows (我的贷款). */
    Page<LoanAccount> ownedBy(String staffId, PageRequest page);

    /** The loans with a period reported overdue and still unpaid (逾期). */
    Page<LoanAccount> overdue(PageRequest page);
}
