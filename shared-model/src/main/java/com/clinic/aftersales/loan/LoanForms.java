package com.clinic.aftersales.loan;

import com.clinic.platform.Check;
import com.clinic.platform.Money;
import com.clinic.platform.Numeric;
import java.time.LocalDate;

/**
 * What after-sales staff send for the loan ledger's steps (C-17, C-18, C-20, C-21), as text; each {@code validate}
 * names every bad field at once and answers typed values for the account's rules.
 */
public final class LoanForms {
    private LoanForms() {
    }

    /** How far back a repayment may be entered (the receipts of a quarter). */
    public static final int PAID_ON_DAYS_BACK = 90;

    /** C-17 分配售后: the after-sales member who will follow the loan, and why when it changes hands. */
    public record OwnerForm(String staffId, String reason) {
        public OwnerForm validate() {
            Check check = new Check();
            String id = check.required("staffId", staffId, 64);
            String why = check.optional("reason", reason, 200);
            check.done();
            return new OwnerForm(id, why);
        }
    }

    /** Money received: an amount in fen, how and on which day (Asia/Shanghai) it was paid, a remark. */
    public record Received(long amount, RepaymentMethod method, LocalDate paidOn, String remark) {
    }

    /** C-18 添加还款 and C-21 添加追回. */
    public record RepaymentForm(@Numeric String amount, String method, String paidOn, String remark) {
        public Received validate(LocalDate today) {
            Check check = new Check();
            Long fen = check.fen("amount", amount, Money.MAX_LINE);
            RepaymentMethod m = check.oneOf("method", method, RepaymentMethod.class, null);
            LocalDate day = check.dateWithin("paidOn", paidOn, today.minusDays(PAID_ON_DAYS_BACK), today,
                    "within the last " + PAID_ON_DAYS_BACK + " days, not after today");
            String note = check.optional("remark", remark, 200);
            check.done();
            return new Received(fen, m, day, note);
        }
    }

    /** A contact with the customer: channel, outcome, the date they promised to pay, a note. */
    public record Contact(DunningContact.Channel channel, String outcome, LocalDate promisedOn, String note) {
    }

    /** C-20 催款. */
    public record DunningForm(String channel, String outcome, String promisedOn, String note) {
        public Contact validate(LocalDate today) {
            Check check = new Check();
            DunningContact.Channel c = check.oneOf("channel", channel, DunningContact.Channel.class, null);
            String what = check.required("outcome", outcome, 200);
            LocalDate promised = promisedOn == null ? null : check.dateWithin("promisedOn", promisedOn, today,
                    today.plusDays(PAID_ON_DAYS_BACK), "from today to " + PAID_ON_DAYS_BACK + " days ahead");
            String n = check.optional("note", note, 500);
            check.done();
            return new Contact(c, what, promised, n);
        }
    }

    /** C-17 分期调整: what remains over this many monthly periods, from this first due date, and why. */
    public record RestructureForm(@Numeric String periods, String firstRepaymentDate, String reason) {
        /** The validated terms. */
        public record Terms(int periods, LocalDate first, String reason) {
        }

        public Terms validate(LocalDate today) {
            Check check = new Check();
            Integer n = check.integer("periods", periods, 1, MAX_PERIODS);
            if (periods == null || periods.isBlank()) {
                check.fail("periods", "is required");
            }
            LocalDate first = check.dateWithin("firstRepaymentDate", firstRepaymentDate, today,
                    today.plusMonths(FIRST_REPAYMENT_MONTHS), "from today to " + FIRST_REPAYMENT_MONTHS
                            + " months ahead");
            String why = check.required("reason", reason, 200);
            check.done();
            return new Terms(n, first, why);
        }
    }

    /** As at the cashier: at most five years of monthly periods, the first within three months. */
    static final int MAX_PERIODS = com.clinic.journey.visit.Forms.PaymentForm.MAX_PERIODS;
    static final int FIRST_REPAYMENT_MONTHS = com.clinic.journey.visit.Forms.PaymentForm.FIRST_REPAYMENT_MONTHS;
}
