package com.clinic.journey.visit;

import com.clinic.journey.PaymentCollected;
import com.clinic.platform.Actor;
import com.clinic.platform.command.IntegrationEvent;
import com.clinic.platform.command.RecordKind;
import com.clinic.platform.notification.Notification;
import java.util.List;

/** The visit's rules for the command path: its code, who sees it, its stage, who hears of its steps. */
public final class VisitKind implements RecordKind<Visit, VisitEvent> {
    public static final VisitKind VISIT = new VisitKind();

    private VisitKind() {
    }

    @Override
    public String name() {
        return "visit";
    }

    @Override
    public String idField() {
        return "code";
    }

    @Override
    public boolean isId(String id) {
        return Visit.isCode(id);
    }

    @Override
    public boolean canSee(Actor actor, Visit visit) {
        return VisitAccess.canSee(actor, visit);
    }

    @Override
    public String state(Visit visit) {
        return visit.stage().name();
    }

    @Override
    public List<Notification> notifications(VisitEvent event, Visit after) {
        return VisitNotifications.of(event, after);
    }

    /** A payment is published with its lines (the ones this command recorded), for the loan ledger. */
    @Override
    public List<IntegrationEvent> published(VisitEvent event, Visit after) {
        if (event.action() != VisitAction.COLLECT_PAYMENT) {
            return List.of();
        }
        List<PaymentCollected.Line> lines = after.payments().all().stream().filter(p -> p.at().equals(event.at()))
                .map(p -> new PaymentCollected.Line(p.id(), p.method(), p.amount(),
                        p.loan() == null ? null : p.loan().periods(),
                        p.loan() == null ? null : p.loan().firstRepaymentDate(),
                        p.loan() == null ? List.of() : p.loan().schedule())).toList();
        return List.of(new PaymentCollected(after.code() + "-v" + after.version() + "-" + PaymentCollected.TYPE,
                after.code(), after.customerId(), after.customer().name(), after.customer().phone(), lines,
                event.by(), event.at()));
    }
}
