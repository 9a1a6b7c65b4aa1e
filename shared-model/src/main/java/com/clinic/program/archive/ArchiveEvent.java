package com.clinic.program.archive;

import com.clinic.platform.StaffRef;
import com.clinic.platform.command.DomainEvent;
import java.time.Instant;

/**
 * What happened to a health archive, as types ({@link ArchiveWording} composes their words).
 */
public sealed interface ArchiveEvent extends DomainEvent {
    <R> R accept(Visitor<R> visitor);

    @Override
    default String summary() {
        return ArchiveWording.summary(this);
    }

    /** One method per kind of archive event. */
    interface Visitor<R> {
        R opened(ArchiveOpened e);

        R submitted(ArchiveSubmitted e);

        R auditPassed(ArchiveAuditPassed e);

        R auditFailed(ArchiveAuditFailed e);

        R confirmed(ArchiveConfirmed e);

        R sentBack(ArchiveSentBack e);
    }

    /** The contract is signed: the archive is open for her to fill in. */
    record ArchiveOpened(String subject, StaffRef by, Instant at) implements ArchiveEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.opened(this);
        }
    }

    /** H-05 the customer sent her archive. */
    record ArchiveSubmitted(String subject, StaffRef by, Instant at) implements ArchiveEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.submitted(this);
        }
    }

    /** H-06 the auditor passed the assessment. */
    record ArchiveAuditPassed(String subject, StaffRef by, Instant at) implements ArchiveEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.auditPassed(this);
        }
    }

    /** H-06 the auditor failed it, saying why (back to the customer). */
    record ArchiveAuditFailed(String subject, StaffRef by, Instant at, String reason) implements ArchiveEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.auditFailed(this);
        }
    }

    /** H-07 customer service confirmed it complete. */
    record ArchiveConfirmed(String subject, StaffRef by, Instant at) implements ArchiveEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.confirmed(this);
        }
    }

    /** H-07 customer service sent it back with what to fix. */
    record ArchiveSentBack(String subject, StaffRef by, Instant at, String reason) implements ArchiveEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.sentBack(this);
        }
    }
}
