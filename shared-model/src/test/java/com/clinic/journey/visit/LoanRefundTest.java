package com.clinic.journey.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.clinic.journey.visit.Forms.PaymentForm;
import com.clinic.platform.InvalidInput;
import com.clinic.platform.StaffRef;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** C-15 多退 with loans: a LOAN refund line reduces a loan, by name or newest first, within what it finances. */
class LoanRefundTest {
    static final StaffRef DESK = new StaffRef("f", "周前台");
    static final Instant AT = Instant.parse("2026-11-23T02:00:00Z");
    static final LocalDate FIRST = LocalDate.of(2026, 12, 23);

    /** Paid 1,500,000: WeChat 499,999, loan A 600,000, then loan B 400,001. */
    static Payments paid() {
        Payments p = Payments.NONE.collect(List.of(
                new PaymentForm.Line(PaymentMethod.WECHAT_PAY, 499_999, null, null, null, null),
                new PaymentForm.Line(PaymentMethod.LOAN, 600_000, null, 6, FIRST, null)), List.of("W", "A"),
                2_000_000, DESK, AT).after();
        return p.collect(List.of(new PaymentForm.Line(PaymentMethod.LOAN, 400_001, null, 3, FIRST, null)),
                List.of("B"), 1_000_001, DESK, AT.plusSeconds(60)).after();
    }

    @Test
    void aLoanLineWithoutANameReducesTheNewestLoansFirst() {
        Payments.Taken t = paid().refund(List.of(new PaymentForm.Line(PaymentMethod.LOAN, 500_000, null, null, null,
                null)), List.of("R"), 700_000, DESK, AT.plusSeconds(120));
        assertEquals(0, t.after().financedBy("B"), "loan B is reduced first, to nothing");
        assertEquals(500_001, t.after().financedBy("A"));
        assertEquals(List.of("B", "A"), t.after().all().subList(3, 5).stream().map(Payment::loanId).toList());
        assertEquals(1_000_000, t.after().paid());
    }

    @Test
    void aNamedLoanGivesAtMostWhatItFinancesAndAnUnknownLoanIsNamed() {
        Payments p = paid();
        Payments.Taken tooMuch = p.refund(List.of(new PaymentForm.Line(PaymentMethod.LOAN, 400_002, null, null, null,
                "B")), List.of("R"), 700_000, DESK, AT);
        assertEquals("lines[0].amount", tooMuch.field());
        Payments.Taken unknown = p.refund(List.of(new PaymentForm.Line(PaymentMethod.LOAN, 1, null, null, null,
                "W")), List.of("R"), 700_000, DESK, AT);
        assertEquals("lines[0].loanId", unknown.field());
    }

    @Test
    void theFormTakesALoanIdOnlyOnARefundsLoanLine() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> new PaymentForm(List.of(new Forms.PaymentLineForm(
                "CASH", "100", null, null, null, "A"))).validate(true, FIRST));
        assertEquals("lines[0].loanId", e.errors().get(0).field());
        assertEquals(1, new PaymentForm(List.of(new Forms.PaymentLineForm("LOAN", "100", null, null, null, "A")))
                .validate(true, FIRST).size());
    }
}
