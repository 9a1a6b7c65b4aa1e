package com.clinic.aftersales.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.clinic.aftersales.loan.LoanAccount;
import com.clinic.aftersales.loan.LoanKind;
import com.clinic.aftersales.loan.LoanLedger;
import com.clinic.journey.PaymentCollected;
import com.clinic.journey.visit.Loan;
import com.clinic.journey.visit.PaymentMethod;
import com.clinic.platform.StaffRef;
import com.clinic.platform.aws.EmulatedAws;
import com.clinic.platform.command.Commands;
import com.clinic.platform.dynamodb.ClinicTable;
import com.clinic.platform.dynamodb.DynamoAggregateStore;
import com.clinic.platform.notification.Notification;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The loan ledger opens from the cashier's published payment: each loan line once, however often it comes. */
class LoanLedgerTest {
    @Test
    void aLoanLineOpensItsAccountOnce() {
        DynamoAggregateStore store = new DynamoAggregateStore(EmulatedAws.dynamo(), EmulatedAws.ref("ClinicTable"),
                o -> ((Notification) o).id(), Map.of(LoanKind.LOAN.name(), LoanItems.MAPPING));
        Commands<LoanAccount, com.clinic.aftersales.loan.LoanEvent> loans = new Commands<>(LoanKind.LOAN, store,
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
