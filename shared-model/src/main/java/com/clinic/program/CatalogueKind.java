package com.clinic.program;

import com.clinic.platform.Actor;
import com.clinic.platform.Role;
import com.clinic.platform.command.Aggregate;
import com.clinic.platform.command.RecordKind;
import com.clinic.platform.notification.Notification;
import java.util.List;
import java.util.Set;

/** A kept list of the program (one record): the health managers' plan templates, the admin's partner carriers. */
public final class CatalogueKind<A extends Aggregate> implements RecordKind<A, CatalogueEvent> {
    private final String name;
    private final Set<Role> readers;

    /** A kept list named {@code name} (its records' kind), read by these roles. */
    public CatalogueKind(String name, Set<Role> readers) {
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
