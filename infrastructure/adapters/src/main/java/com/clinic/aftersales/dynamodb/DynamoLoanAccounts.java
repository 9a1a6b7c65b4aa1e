package com.clinic.aftersales.dynamodb;

import com.clinic.aftersales.loan.DunningContact;
import com.clinic.aftersales.loan.LedgerEntry;
import com.clinic.aftersales.loan.LoanAccount;
import com.clinic.aftersales.loan.LoanAccounts;
import com.clinic.aftersales.loan.Repayment;
import com.clinic.platform.AuditRecord;
import com.clinic.platform.Page;
import com.clinic.platform.PageRequest;
import com.clinic.platform.dynamodb.ClinicTable;
import com.clinic.platform.dynamodb.DynamoAggregateStore;
import java.time.YearMonth;
import java.util.List;

/** The loan lists (C-17, C-20, C-21) on their index keys ({@link LoanItems}), newest first. */
public final class DynamoLoanAccounts implements LoanAccounts {
    private final ClinicTable table;
    private final DynamoAggregateStore store;

    public DynamoLoanAccounts(ClinicTable table, DynamoAggregateStore store) {
        this.table = table;
        this.store = store;
    }

    @Override
    public List<AuditRecord> auditTrail(String id) {
        return store.auditTrail(LoanItems.MAPPING, id);
    }

    @Override
    public Page<LoanAccount> all(PageRequest page) {
        return table.query("gsi1", "gsi1pk", LoanItems.ALL, page, false, LoanItems.MAPPING::fromItem);
    }

    @Override
    public Page<LoanAccount> ownedBy(String staffId, PageRequest page) {
        return table.query("gsi2", "gsi2pk", LoanItems.ownerPartition(staffId), page, false,
                LoanItems.MAPPING::fromItem);
    }

    @Override
    public Page<LoanAccount> overdue(PageRequest page) {
        return table.query("gsi3", "gsi3pk", LoanItems.OVERDUE, page, false, LoanItems.MAPPING::fromItem);
    }

    @Override
    public Page<LoanAccount> toSettle(PageRequest page) {
        return table.query("gsi3", "gsi3pk", LoanItems.TO_SETTLE, page, false, LoanItems.MAPPING::fromItem);
    }

    @Override
    public Page<LedgerEntry<DunningContact>> dunningIn(YearMonth month, PageRequest page) {
        return table.query("gsi1", "gsi1pk", LoanItems.dunningPartition(month), page, false,
                LoanItems::dunningEntry);
    }

    @Override
    public Page<LedgerEntry<Repayment>> recoveriesIn(YearMonth month, PageRequest page) {
        return table.query("gsi1", "gsi1pk", LoanItems.recoveryPartition(month), page, false,
                LoanItems::recoveryEntry);
    }
}
