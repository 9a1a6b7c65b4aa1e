package com.clinic.program;

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
public final class ArchiveKind implements RecordKind<HealthArchive, ProgramEvent> {
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
    public List<Notification> notifications(ProgramEvent event, HealthArchive after) {
        String id = after.programId() + "-archive-" + after.version();
        return switch (event.type()) {
            case ProgramEvent.ARCHIVE_SUBMITTED -> List.of(Notification.toRole(id, Role.AUDITOR, "健康档案待审核",
                    "请在 1 个工作日内审核方案前评估表", after.programId(), event.at()));
            case ProgramEvent.ARCHIVE_AUDIT_PASSED -> List.of(Notification.toRole(id, Role.CUSTOMER_SERVICE,
                    "健康档案待确认", "评估表已审核通过，请确认档案完整", after.programId(), event.at()));
            case ProgramEvent.ARCHIVE_CONFIRMED -> List.of(Notification.toRole(id, Role.HEALTH_MANAGER,
                    "健康档案已确认", "请在 3 个工作日内制定健康方案", after.programId(), event.at()));
            case ProgramEvent.ARCHIVE_AUDIT_FAILED, ProgramEvent.ARCHIVE_SENT_BACK -> List.of(Notification.toStaff(id,
                    after.customerId(), "您的健康档案需要补充", event.summary(), after.programId(), event.at()));
            default -> List.of();
        };
    }
}
