package com.clinic.program.archive;

import com.clinic.platform.Actor;
import com.clinic.platform.Role;
import com.clinic.platform.command.RecordKind;
import com.clinic.platform.notification.Notification;
import java.util.List;

/**
 * The health archive's rules for the command path: read only by the roles that need it and the customer herself;
 * each step tells the next one — the auditor, customer service, the health manager, or the customer when hers is
 * to fix.
 */
public final class ArchiveKind implements RecordKind<HealthArchive, ArchiveEvent> {
    public static final ArchiveKind ARCHIVE = new ArchiveKind();

    private ArchiveKind() {
    }

    @Override
    public String name() {
        return "health-archive";
    }

    @Override
    public boolean canSee(Actor actor, HealthArchive archive) {
        return HealthArchive.canRead(actor, archive.customerId());
    }

    @Override
    public String state(HealthArchive archive) {
        return archive.status().name();
    }

    @Override
    public List<Notification> notifications(ArchiveEvent event, HealthArchive after) {
        return ArchiveWording.notices(event, after);
    }
}
