package com.clinic.infra.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.clinic.infra.EmulatedAws;
import com.clinic.model.StaffRef;
import com.clinic.model.cashier.PaymentCollected;
import com.clinic.model.loan.LoanAccount;
import com.clinic.model.loan.LoanKind;
import com.clinic.model.loan.LoanLedger;
import com.clinic.model.notification.Notification;
import com.clinic.model.platform.Commands;
import com.clinic.model.visit.Loan;
import com.clinic.model.visit.PaymentMethod;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The loan ledger opens from the cashier's published payment: each loan line once, however often it comes. */
class LoanLedgerTest {
    @Test
    void aLoanLineOpensItsAccountOnce() {
        DynamoAggregateStore store = DynamoAggregateStore.clinic(EmulatedAws.dynamo(), EmulatedAws.ref("ClinicTable"),
                o -> ((Notification) o).id());
        Commands<LoanAccount, com.clinic.model.loan.LoanEvent> loans = new Commands<>(LoanKind.LOAN, store,
                Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneOffset.UTC));
        LoanLedger ledger = new LoanLedger(loans);
        String loanId = UUID.randomUUID().toString();
        Loan loan = Loan.of(1_300_000, 6, LocalDate.of(2026, 12, 23));
        PaymentCollected paid = new PaymentCollected("V261123-LEDGER-v9-PaymentCollected", "V261123-LEDGER", "C1",
                "张丽", "13912345678", List.of(
                        new PaymentCollected.Line(UUID.randomUUID().toString(), PaymentMethod.CASH, 298_000, null, null,
                                null),
                        new PaymentCollected.Line(loanId, PaymentMethod.LOAN, 1_300_000, 6, loan.firstRepaymentDate(),
                                loan.schedule())),
                new StaffRef("f", "周前台"), Instant.parse("2026-11-23T02:00:00Z"));
        assertEquals(1, ledger.openFrom(paid), "one loan line, one account");
        assertEquals(0, ledger.openFrom(paid), "the event delivered again opens nothing");
        LoanAccount account = loans.get(loanId);
        assertEquals(1_300_000, account.principal());
        assertEquals(6, account.schedule().size());
        assertEquals(1_300_000, account.schedule().stream().mapToLong(s -> s.amount()).sum());
        assertEquals(List.of("LoanOpened"), store.auditTrail(LoanItems.MAPPING, loanId).stream()
                .map(a -> a.action()).toList());
    }
}
