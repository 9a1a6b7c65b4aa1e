package com.clinic.program;

import com.clinic.platform.Actor;
import com.clinic.platform.Role;
import com.clinic.platform.command.Aggregate;
import com.clinic.platform.command.RecordKind;
import com.clinic.platform.notification.Notification;
import java.util.List;
import java.util.Set;

/** The program's kept lists: the health managers' plan templates and the admin's partner carriers. */
public final class CatalogueKind<A extends Aggregate> implements RecordKind<A, CatalogueEvent> {
    public static final CatalogueKind<PlanTemplates> TEMPLATES = new CatalogueKind<>("plan-templates",
            Set.of(Role.HEALTH_MANAGER, Role.SUPER_ADMIN));
    public static final CatalogueKind<Carriers> CARRIERS = new CatalogueKind<>("carriers",
            Set.of(Role.ADMIN, Role.CUSTOMER_SERVICE, Role.SUPER_ADMIN));

    private final String name;
    private final Set<Role> readers;

    private CatalogueKind(String name, Set<Role> readers) {
        this.name = name;
        this.readers = readers;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean canSee(Actor actor, A record) {
        return actor.roles().stream().anyMatch(readers::contains);
    }

    @Override
    public String state(A record) {
        return "v" + record.version();
    }

    @Override
    public List<Notification> notifications(CatalogueEvent event, A after) {
        return List.of();
    }
}
