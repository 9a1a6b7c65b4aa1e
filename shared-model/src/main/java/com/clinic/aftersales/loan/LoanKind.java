package com.clinic.aftersales.loan;

import com.clinic.platform.Actor;
import com.clinic.platform.Money;
import com.clinic.platform.Role;
import com.clinic.platform.command.RecordKind;
import com.clinic.platform.notification.Notification;
import java.util.List;

/** The loan account's rules for the command path: after-sales and the super admin follow loans. */
public final class LoanKind implements RecordKind<LoanAccount, LoanEvent> {
    public static final LoanKind LOAN = new LoanKind();

    private LoanKind() {
    }

    @Override
    public String name() {
        return "loan";
    }

    @Override
    public boolean canSee(Actor actor, LoanAccount loan) {
        return actor.hasAny(Role.AFTER_SALES, Role.SUPER_ADMIN);
    }

    /** Its customer's timeline is her mobile number's. */
    @Override
    public String concerns(LoanAccount loan) {
        return loan.phone();
    }

    @Override
    public String state(LoanAccount loan) {
        return loan.status().name();
    }

    /**
     * A new loan waits in the after-sales list for an owner (分配售后); an owner hears of the loan handed to them;
     * an overdue period is a dunning task for the owner (for every after-sales member while nobody owns the loan).
     */
    @Override
    public List<Notification> notifications(LoanEvent event, LoanAccount after) {
        String who = after.customerName() + "（" + after.visitCode() + "）";
        return switch (event.type()) {
            case LoanEvent.OPENED -> List.of(Notification.toRole(after.id() + "-opened", Role.AFTER_SALES,
                    "新的分期客户，待分配售后", who + "，" + Money.yuan(after.total()) + "，" + after.schedule().size()
                            + " 期", after.visitCode(), event.at()));
            case LoanEvent.OWNER_ASSIGNED -> List.of(Notification.toStaff(after.id() + "-owner-"
                    + after.owner().history().size(), after.owner().current().id(), "分配给你的分期客户",
                    who + "，待还 " + Money.yuan(after.outstanding()), after.visitCode(), event.at()));
            case LoanEvent.PERIOD_OVERDUE -> {
                String id = after.id() + "-overdue-" + after.overdueRaised().get(after.overdueRaised().size() - 1);
                yield List.of(after.owner().current() == null
                        ? Notification.toRole(id, Role.AFTER_SALES, "催款任务", who + "：" + event.summary(),
                                after.visitCode(), event.at())
                        : Notification.toStaff(id, after.owner().current().id(), "催款任务", who + "：" + event.summary(),
                                after.visitCode(), event.at()));
            }
            default -> List.of();
        };
    }
}
