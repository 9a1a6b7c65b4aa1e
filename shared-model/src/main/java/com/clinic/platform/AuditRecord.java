package com.clinic.platform;

import java.time.Instant;
import java.util.Set;

/** Who did what to a journey and when, with the stage before and after; written in the same transaction. */
public record AuditRecord(String subject, Instant at, StaffRef actor, Set<Role> roles, String action,
                          String fromStage, String toStage, String detail) {
    public AuditRecord {
        roles = Set.copyOf(roles);
    }
}
