package com.clinic.platform.privacy;

import com.clinic.platform.Actor;
import com.clinic.platform.Role;
import com.clinic.platform.command.RecordKind;
import com.clinic.platform.notification.Notification;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The consent record's rules: the staff who take personal data in (sales, the front desk, the program's office and
 * customer service) and those who answer for it (after-sales, the super admin, the auditor) see and record it; a
 * customer her own, in her app ({@link Consents} finds only her own record for her).
 */
public final class ConsentKind implements RecordKind<Consent, ConsentEvent> {
    public static final ConsentKind CONSENT = new ConsentKind();
    public static final Set<Role> ROLES = Set.of(Role.SALES, Role.FRONT_DESK, Role.AFTER_SALES, Role.SUPER_ADMIN,
            Role.AUDITOR, Role.ADMIN, Role.HEALTH_MANAGER, Role.CUSTOMER_SERVICE);

    private ConsentKind() {
    }

    @Override
    public String name() {
        return "consent";
    }

    @Override
    public boolean canSee(Actor actor, Consent consent) {
        return actor.hasAny(ROLES.toArray(Role[]::new)) || actor.hasAny(Role.CUSTOMER);
    }

    /** Her consents are in her timeline: the record's id is her mobile number. */
    @Override
    public String concerns(Consent consent) {
        return consent.id();
    }

    /** The purposes in force. */
    @Override
    public String state(Consent consent) {
        String inForce = consent.grants().stream().filter(Consent.Grant::active).map(g -> g.purpose().name())
                .sorted().collect(Collectors.joining(","));
        return inForce.isEmpty() ? "NONE" : inForce;
    }

    @Override
    public List<Notification> notifications(ConsentEvent event, Consent after) {
        return List.of();
    }
}
