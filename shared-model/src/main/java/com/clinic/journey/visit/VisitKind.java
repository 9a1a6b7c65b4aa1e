package com.clinic.journey.visit;

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

    /** Its customer's timeline is her mobile number's. */
    @Override
    public String concerns(Visit visit) {
        return visit.customer().phone();
    }

    @Override
    public String state(Visit visit) {
        return visit.stage().name();
    }

    @Override
    public List<Notification> notifications(VisitEvent event, Visit after) {
        return VisitWording.notices(event, after);
    }

    /** The facts other departments keep a copy of (docs/money-across-departments.md). */
    @Override
    public List<IntegrationEvent> published(VisitEvent event, Visit after) {
        return event.accept(new VisitPublished(after, event));
    }
}
