package com.clinic.program.archive;

import com.clinic.platform.Role;
import com.clinic.platform.notification.Notification;
import com.clinic.program.archive.ArchiveEvent.*;
import java.util.List;

/**
 * Every word the health archive's events bring, in one place: the audit trail's line of each, and who hears of
 * it — the next one to act on it (the auditor, customer service, the health manager), or the customer when hers is
 * to fix.
 */
public final class ArchiveWording {
    private ArchiveWording() {
    }

    static String summary(ArchiveEvent e) {
        return e.accept(new ArchiveLines());
    }

    /** Who hears of a health archive's move: the next one to act on it. */
    static List<Notification> notices(ArchiveEvent e, HealthArchive after) {
        String id = after.programId() + "-archive-" + after.version();
        Notification toCustomer = Notification.toStaff(id, after.customerId(), "您的健康档案需要补充", e.summary(),
                after.programId(), e.at());
        return e.accept(new ArchiveEvent.Visitor<List<Notification>>() {
            @Override
            public List<Notification> opened(ArchiveOpened x) {
                return List.of();
            }

            @Override
            public List<Notification> submitted(ArchiveSubmitted x) {
                return List.of(Notification.toRole(id, Role.AUDITOR, "健康档案待审核", "请在 1 个工作日内审核方案前评估表",
                        after.programId(), x.at()));
            }

            @Override
            public List<Notification> auditPassed(ArchiveAuditPassed x) {
                return List.of(Notification.toRole(id, Role.CUSTOMER_SERVICE, "健康档案待确认", "评估表已审核通过，请确认档案完整",
                        after.programId(), x.at()));
            }

            @Override
            public List<Notification> auditFailed(ArchiveAuditFailed x) {
                return List.of(toCustomer);
            }

            @Override
            public List<Notification> confirmed(ArchiveConfirmed x) {
                return List.of(Notification.toRole(id, Role.HEALTH_MANAGER, "健康档案已确认", "请在 3 个工作日内制定健康方案",
                        after.programId(), x.at()));
            }

            @Override
            public List<Notification> sentBack(ArchiveSentBack x) {
                return List.of(toCustomer);
            }
        });
    }

    private static final class ArchiveLines implements ArchiveEvent.Visitor<String> {
        @Override
        public String opened(ArchiveOpened e) {
            return "健康档案已开放填写";
        }

        @Override
        public String submitted(ArchiveSubmitted e) {
            return "客户已提交健康档案";
        }

        @Override
        public String auditPassed(ArchiveAuditPassed e) {
            return "评估表审核通过";
        }

        @Override
        public String auditFailed(ArchiveAuditFailed e) {
            return "评估表审核不通过：" + e.reason();
        }

        @Override
        public String confirmed(ArchiveConfirmed e) {
            return "健康档案已确认";
        }

        @Override
        public String sentBack(ArchiveSentBack e) {
            return "健康档案需补充：" + e.reason();
        }
    }
}
