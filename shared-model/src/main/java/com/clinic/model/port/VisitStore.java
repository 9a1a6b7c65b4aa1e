package com.clinic.model.port;

import com.clinic.model.AuditRecord;
import com.clinic.model.Page;
import com.clinic.model.PageRequest;
import com.clinic.model.visit.Visit;
import com.clinic.model.visit.VisitStage;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Storage of visits. Every write is conditional and atomic with its audit record and idempotency record. */
public interface VisitStore {

    /** The visit and, when a key is given, what was recorded under it: one read. */
    Snapshot load(String code, IdempotencyKey key);

    /** What was recorded under an idempotency key, if anything. */
    Optional<Recorded> recorded(IdempotencyKey key);

    /**
     * Stores a new visit. Throws {@link DuplicateRequest} when the key was used meanwhile and
     * {@link CodeTaken} when the visit code exists.
     */
    void create(Visit visit, AuditRecord audit, IdempotencyKey key);

    /**
     * Replaces {@code before} by {@code after} only while the stored version is still {@code before.version()}.
     * Throws {@link com.clinic.model.StaleVersion} otherwise and {@link DuplicateRequest} when the key was used
     * meanwhile.
     */
    void update(Visit before, Visit after, AuditRecord audit, IdempotencyKey key);

    /** A work queue: visits in a stage, earliest arrival first. */
    Page<Visit> listByStage(VisitStage stage, PageRequest page);

    /** A driver's pick-ups on one Asia/Shanghai day, earliest first. */
    Page<Visit> listDriverDay(String driverId, LocalDate day, PageRequest page);

    /** The audit trail of a visit, oldest first. */
    List<AuditRecord> auditTrail(String code);

    record Snapshot(Optional<Visit> visit, Optional<Recorded> recorded) {
    }

    /** The request fingerprint and resulting state stored under an idempotency key. */
    record Recorded(String fingerprint, Visit result) {
    }

    /** The idempotency key was recorded by a concurrent request between our read and our write. */
    final class DuplicateRequest extends RuntimeException {
        public DuplicateRequest() {
            super("idempotency key already recorded", null, false, false);
        }
    }

    /** The generated visit code is taken; the caller draws another. */
    final class CodeTaken extends RuntimeException {
        public CodeTaken() {
            super("visit code taken", null, false, false);
        }
    }
}
