package com.clinic.aftersales.loan;

import com.clinic.platform.AuditRecord;
import com.clinic.platform.Page;
import com.clinic.platform.PageRequest;
import java.time.YearMonth;
import java.util.List;

/** The loan lists (C-17, C-20, C-21), newest first, each a query on keys made for it. */
public interface LoanAccounts {
    /** A loan's audit trail, oldest first: who changed it, when, from which status to which. */
    List<AuditRecord> auditTrail(String id);

    /** Every loan. */
    Page<LoanAccount> all(PageRequest page);

    /** The loans one after-sales member follows (我的贷款). */
    Page<LoanAccount> ownedBy(String staffId, PageRequest page);

    /** The loans with a period reported overdue and still unpaid (逾期). */
    Page<LoanAccount> overdue(PageRequest page);

    /** The loans whose journey was rejected, waiting to be settled, cancelled or resumed (待结清). */
    Page<LoanAccount> toSettle(PageRequest page);

    /** C-20 催款明细 across loans: the dunning contacts recorded in a month (Asia/Shanghai), newest first. */
    Page<LedgerEntry<DunningContact>> dunningIn(YearMonth month, PageRequest page);

    /** C-21 追回记录 across loans: the recoveries recorded in a month (Asia/Shanghai), newest first. */
    Page<LedgerEntry<Repayment>> recoveriesIn(YearMonth month, PageRequest page);
}
