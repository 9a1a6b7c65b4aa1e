package com.clinic.model.visit;

import com.clinic.model.Actor;
import com.clinic.model.notification.Notification;
import com.clinic.model.platform.RecordKind;
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
}
