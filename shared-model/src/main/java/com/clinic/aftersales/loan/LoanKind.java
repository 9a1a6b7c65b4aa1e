package com.clinic.aftersales.loan;

import com.clinic.platform.Actor;
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
    public String idField() {
        return "id";
    }

    @Override
    public boolean isId(String id) {
        return id != null && id.matches("[0-9A-Za-z-]{1,64}");
    }

    @Override
    public boolean canSee(Actor actor, LoanAccount loan) {
        return actor.hasAny(Role.AFTER_SALES, Role.SUPER_ADMIN);
    }

    @Override
    public String state(LoanAccount loan) {
        return "OPEN";
    }

    /** A new loan waits in the after-sales list for an owner (分配售后). */
    @Override
    public List<Notification> notifications(LoanEvent event, LoanAccount after) {
        return LoanEvent.OPENED.equals(event.type()) ? List.of(Notification.toRole(after.id() + "-opened",
                Role.AFTER_SALES, "新的分期客户，待分配售后", after.customerName() + "（" + after.visitCode() + "），"
                        + after.principal() + " 分，" + after.schedule().size() + " 期", after.visitCode(), event.at()))
                : List.of();
    }
}
