package com.clinic.aftersales.complaint;

import com.clinic.platform.Actor;
import com.clinic.platform.Role;
import com.clinic.platform.command.RecordKind;
import com.clinic.platform.notification.Notification;
import java.util.List;

/** The complaint's rules for the command path: after-sales and the super admin handle complaints. */
public final class ComplaintKind implements RecordKind<Complaint, ComplaintEvent> {
    public static final ComplaintKind COMPLAINT = new ComplaintKind();

    private ComplaintKind() {
    }

    @Override
    public String name() {
        return "complaint";
    }

    @Override
    public boolean canSee(Actor actor, Complaint complaint) {
        return actor.hasAny(Role.AFTER_SALES, Role.SUPER_ADMIN);
    }

    /** Its customer's timeline is her mobile number's. */
    @Override
    public String concerns(Complaint complaint) {
        return complaint.phone();
    }

    @Override
    public String state(Complaint complaint) {
        return complaint.status().name();
    }

    /** A serious complaint reaches the super admin at once. */
    @Override
    public List<Notification> notifications(ComplaintEvent event, Complaint after) {
        return event instanceof ComplaintEvent.ComplaintRaised && after.severity() == Complaint.Severity.HIGH
                ? List.of(Notification.toRole(after.id() + "-raised", Role.SUPER_ADMIN, "严重客户投诉",
                        after.customerName() + " 投诉 " + after.staff().name() + "：" + after.description(),
                        after.visitCode(), event.at()))
                : List.of();
    }
}
