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
        return LoanWording.notices(event, after);
    }
}
