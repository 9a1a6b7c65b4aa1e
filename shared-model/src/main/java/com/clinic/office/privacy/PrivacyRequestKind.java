package com.clinic.office.privacy;

import com.clinic.platform.Actor;
import com.clinic.platform.Role;
import com.clinic.platform.command.RecordKind;
import com.clinic.platform.notification.Notification;
import java.util.List;

/**
 * The request's rules: after-sales (who takes her calls) and the super admin (who answers) handle it, the auditor
 * reads it; the super admin hears of each new one.
 */
public final class PrivacyRequestKind implements RecordKind<PrivacyRequest, PrivacyRequestEvent> {
    public static final PrivacyRequestKind REQUEST = new PrivacyRequestKind();

    private PrivacyRequestKind() {
    }

    @Override
    public String name() {
        return "privacy-request";
    }

    @Override
    public boolean canSee(Actor actor, PrivacyRequest request) {
        return actor.hasAny(Role.AFTER_SALES, Role.SUPER_ADMIN, Role.AUDITOR);
    }

    /** In her timeline while she is known by her number; after erasure, under the pseudonym. */
    @Override
    public String concerns(PrivacyRequest request) {
        return request.mobile();
    }

    @Override
    public String state(PrivacyRequest request) {
        return request.status().name();
    }

    @Override
    public List<Notification> notifications(PrivacyRequestEvent event, PrivacyRequest after) {
        if (event instanceof PrivacyRequestEvent.Received) {
            return List.of(Notification.toRole("privacy-" + after.id(), Role.SUPER_ADMIN, "个人信息请求待处理",
                    event.summary(), after.id(), event.at()));
        }
        return List.of();
    }
}
