package com.clinic.aftersales.followup;

import com.clinic.platform.Actor;
import com.clinic.platform.Role;
import com.clinic.platform.command.RecordKind;
import com.clinic.platform.notification.Notification;
import java.util.List;
import java.util.regex.Pattern;

/** The follow-up task's rules for the command path: after-sales and the super admin follow customers up. */
public final class FollowUpKind implements RecordKind<FollowUpTask, FollowUpEvent> {
    public static final FollowUpKind FOLLOW_UP = new FollowUpKind();
    /** A visit code and the day: {@code V261123-7KQ3MX-D07}. */
    private static final Pattern ID = Pattern.compile("[0-9A-Za-z-]{1,40}-D(02|07|15)");

    private FollowUpKind() {
    }

    @Override
    public String name() {
        return "follow-up";
    }

    @Override
    public boolean isId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    @Override
    public boolean canSee(Actor actor, FollowUpTask task) {
        return actor.hasAny(Role.AFTER_SALES, Role.SUPER_ADMIN);
    }

    /** Its customer's timeline is her mobile number's. */
    @Override
    public String concerns(FollowUpTask task) {
        return task.phone();
    }

    @Override
    public String state(FollowUpTask task) {
        return task.status().name();
    }

    /** The owner hears of the day's call when it falls due. */
    @Override
    public List<Notification> notifications(FollowUpEvent event, FollowUpTask after) {
        return event instanceof FollowUpEvent.FollowUpRaised
                ? List.of(Notification.toStaff(after.id() + "-raised", after.owner().id(),
                        "术后第 " + after.day() + " 天回访", after.customerName() + "（" + after.visitCode() + "）",
                        after.visitCode(), event.at()))
                : List.of();
    }
}
