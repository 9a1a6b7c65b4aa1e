package com.clinic.model.port;

import com.clinic.model.AuditRecord;
import com.clinic.model.Page;
import com.clinic.model.PageRequest;
import com.clinic.model.visit.Visit;
import com.clinic.model.customer.Customer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Storage of visits. Every write is conditional and atomic with its audit record and idempotency record. */
public interface VisitStore {

    /** The visit and, when a key is given, what was recorded under it: one read. */
    Snapshot load(String code, IdempotencyKey key);

    /** What was recorded under an idempotency key, if anything. */
    Optional<Recorded> recorded(IdempotencyKey key);

    /** The customer who has this phone number, if any. */
    Optional<String> customerIdByPhone(String phone);

    /**
     * Stores a new visit, and its new customer when {@code newCustomer} is not null. Throws
     * {@link DuplicateRequest} when the key was used meanwhile, {@link CodeTaken} when the visit code exists and
     * {@link PhoneTaken} when another request registered the phone number meanwhile.
     */
    void create(Visit visit, AuditRecord audit, IdempotencyKey key, Customer newCustomer);

    /**
     * Replaces {@code before} by {@code after} only while the stored version is still {@code before.version()}.
     * Throws {@link com.clinic.model.StaleVersion} otherwise and {@link DuplicateRequest} when the key was used
     * meanwhile.
     */
    void update(Visit before, Visit after, AuditRecord audit, IdempotencyKey key);

    /** A work queue ({@link Visit#workQueue()}), earliest arrival first. */
    Page<Visit> listQueue(String queue, PageRequest page);

    /** A driver's pick-ups on one Asia/Shanghai day, earliest first. */
    Page<Visit> listDriverDay(String driverId, LocalDate day, PageRequest page);

    /** A consultant's customers from triage to the reviewed order, earliest arrival first. */
    Page<Visit> listConsultant(String consultantId, PageRequest page);

    /** Customers the front desk expects on an Asia/Shanghai day (booked, on the way, or registered walk-ins). */
    Page<Visit> listExpected(LocalDate day, PageRequest page);

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

    /** Another request registered this phone number between our lookup and our write. */
    final class PhoneTaken extends RuntimeException {
        public PhoneTaken() {
            super("phone number taken", null, false, false);
        }
    }

    /** The generated visit code is taken; the caller draws another. */
    final class CodeTaken extends RuntimeException {
        public CodeTaken() {
            super("visit code taken", null, false, false);
        }
    }
}
