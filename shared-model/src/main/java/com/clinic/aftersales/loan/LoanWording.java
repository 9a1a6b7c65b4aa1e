package com.clinic.aftersales.loan;

import com.clinic.aftersales.loan.LoanEvent.*;
import com.clinic.platform.Money;
import com.clinic.platform.Role;
import com.clinic.platform.notification.Notification;
import java.util.List;

/**
 * The words of a loan's events, in one place: the audit trail's line of each, and who hears of it — a new loan
 * reaches after-sales to assign an owner, an assigned one its owner, and an overdue period is a dunning task for
 * the owner (for every after-sales member while nobody owns the loan).
 */
final class LoanWording {
    private LoanWording() {
    }

    static String summary(LoanEvent event) {
        return event.accept(new Lines());
    }

    static List<Notification> notices(LoanEvent event, LoanAccount after) {
        String who = after.customerName() + "（" + after.visitCode() + "）";
        if (event instanceof LoanOpened) {
            return List.of(Notification.toRole(after.id() + "-opened", Role.AFTER_SALES, "新的分期客户，待分配售后",
                    who + "，" + Money.yuan(after.total()) + "，" + after.schedule().size() + " 期", after.visitCode(),
                    event.at()));
        }
        if (event instanceof LoanOwnerAssigned) {
            return List.of(Notification.toStaff(after.id() + "-owner-" + after.owner().history().size(),
                    after.owner().current().id(), "分配给你的分期客户", who + "，待还 " + Money.yuan(after.outstanding()),
                    after.visitCode(), event.at()));
        }
        if (event instanceof LoanPeriodOverdue) {
            String id = after.id() + "-overdue-" + after.overdueRaised().get(after.overdueRaised().size() - 1);
            return List.of(after.owner().current() == null
                    ? Notification.toRole(id, Role.AFTER_SALES, "催款任务", who + "：" + event.summary(),
                            after.visitCode(), event.at())
                    : Notification.toStaff(id, after.owner().current().id(), "催款任务", who + "：" + event.summary(),
                            after.visitCode(), event.at()));
        }
        return List.of();
    }

    private static final class Lines implements LoanEvent.Visitor<String> {
        @Override
        public String opened(LoanOpened e) {
            return "分期 " + e.amount() + " 分，" + e.periods() + " 期，首期 " + e.first();
        }

        @Override
        public String ownerAssigned(LoanOwnerAssigned e) {
            return (e.previous() == null ? "分配售后 " : "改派售后 " + e.previous() + " → ") + e.owner();
        }

        @Override
        public String repaid(LoanRepaid e) {
            return "还款 " + Money.yuan(e.amount()) + "（" + e.method().label() + "），待还 " + Money.yuan(e.outstanding());
        }

        @Override
        public String periodOverdue(LoanPeriodOverdue e) {
            return "第 " + e.period() + " 期逾期（应还 " + e.dueDate() + "），未还 " + Money.yuan(e.remaining());
        }

        @Override
        public String dunned(LoanDunned e) {
            return "催款（" + e.channel().label() + "）：" + e.outcome();
        }

        @Override
        public String recovered(LoanRecovered e) {
            return "追回 " + Money.yuan(e.amount()) + "（" + e.method().label() + "），待还 " + Money.yuan(e.outstanding());
        }

        @Override
        public String reduced(LoanReduced e) {
            return "退款减少分期本金 " + Money.yuan(e.cut()) + (e.returned() > 0 ? "，退还已还款 " + Money.yuan(e.returned())
                    : "") + "，待还 " + Money.yuan(e.outstanding());
        }

        @Override
        public String restructured(LoanRestructured e) {
            return "分期调整：待还 " + Money.yuan(e.outstanding()) + " 分 " + e.periods() + " 期，首期 " + e.first() + "（"
                    + e.reason() + "）";
        }

        @Override
        public String settledEarly(LoanSettledEarly e) {
            return "提前结清 " + Money.yuan(e.amount()) + "（" + e.method().label() + "）";
        }

        @Override
        public String writtenOff(LoanWrittenOff e) {
            return "取消分期，免除待还 " + Money.yuan(e.waived()) + "（" + e.reason() + "）";
        }

        @Override
        public String suspended(LoanSuspended e) {
            return "流程已拒绝，停止催款，待结清（" + e.reason() + "）";
        }

        @Override
        public String resumed(LoanResumed e) {
            return "流程已恢复，继续按期还款";
        }

        @Override
        public String renamed(LoanRenamed e) {
            return "客户姓名更正：" + e.was() + " → " + e.name();
        }
    }
}
