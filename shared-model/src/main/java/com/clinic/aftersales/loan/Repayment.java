package com.clinic.aftersales.loan;

import com.clinic.platform.StaffRef;
import java.time.Instant;
import java.time.LocalDate;

/**
 * C-18 还款 / C-21 追回: money received against a loan, on the day the customer paid (Asia/Shanghai). A recovery is
 * a repayment obtained by dunning; both are applied to the oldest open periods first.
 */
public record Repayment(String id, long amount, RepaymentMethod method, LocalDate paidOn, String remark,
                        boolean recovery, StaffRef by, Instant at) {
}
