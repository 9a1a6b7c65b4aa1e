package com.clinic.aftersales.dispute;

import com.clinic.platform.Actor;
import com.clinic.platform.Role;
import com.clinic.platform.command.RecordKind;
import com.clinic.platform.notification.Notification;
import java.util.List;

/** The dispute's rules for the command path: after-sales and the super admin handle disputes. */
public final class DisputeKind implements RecordKind<Dispute, DisputeEvent> {
    public static final DisputeKind DISPUTE = new DisputeKind();

    private DisputeKind() {
    }

    @Override
    public String name() {
        return "dispute";
    }

    @Override
    public boolean canSee(Actor actor, Dispute dispute) {
        return actor.hasAny(Role.AFTER_SALES, Role.SUPER_ADMIN);
    }

    /** Its customer's timeline is her mobile number's. */
    @Override
    public String concerns(Dispute dispute) {
        return dispute.phone();
    }

    @Override
    public String state(Dispute dispute) {
        return dispute.edits().isEmpty() ? "RAISED" : "EDITED";
    }

    @Override
    public List<Notification> notifications(DisputeEvent event, Dispute after) {
        return List.of();
    }
}
