package com.clinic.model.port;

import com.clinic.model.notification.Notification;
import com.clinic.model.AuditRecord;
import com.clinic.model.Page;
import com.clinic.model.PageRequest;
import com.clinic.model.visit.CustomerProfile;
import com.clinic.model.visit.Visit;
import com.clinic.model.customer.Customer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import com.clinic.model.catalog.CatalogItem;
import com.clinic.model.staff.StaffMember;

/** Storage of visits. Every write is conditional and atomic with its audit record and idempotency record. */
public interface VisitStore {

    /** The visit and, when a key is given, what was recorded under it: one read. */
    default Snapshot load(String code, IdempotencyKey key) {
        return load(code, key, Related.NONE);
    }

    /**
     * The visit, what was recorded under the key, and the staff and catalogue items the command names, all in one
     * read, so that a command costs one read and one write.
     */
    Snapshot load(String code, IdempotencyKey key, Related related);

    /** What a new visit needs to know first, in one read: the phone's customer and the key's record. */
    Prepared prepareCreate(String phone, IdempotencyKey key);

    /** What was recorded under an idempotency key, if anything. */
    Optional<Recorded> recorded(IdempotencyKey key);

    /**
     * Stores a new visit, and its new customer when {@code newCustomer} is not null, with the notifications the
     * change causes (an outbox: they go to the notifications queue once the write stands). Throws
     * {@link DuplicateRequest} when the key was used meanwhile, {@link CodeTaken} when the visit code exists and
     * {@link PhoneTaken} when another request registered the phone number meanwhile.
     */
    void create(Visit visit, AuditRecord audit, IdempotencyKey key, Customer newCustomer,
                List<Notification> notifications);

    /**
     * Replaces {@code before} by {@code after} only while the stored version is still {@code before.version()},
     * with the notifications the change causes (as for {@link #create}).
     * Throws {@link com.clinic.model.StaleVersion} otherwise and {@link DuplicateRequest} when the key was used
     * meanwhile.
     */
    void update(Visit before, Visit after, AuditRecord audit, IdempotencyKey key, List<Notification> notifications);

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

    /** Records a command reads with the visit. */
    record Related(Set<String> staffIds, Set<String> catalogItemIds) {
        public static final Related NONE = new Related(Set.of(), Set.of());

        public static Related staff(String id) {
            return new Related(Set.of(id), Set.of());
        }

        public static Related catalogue(Set<String> ids) {
            return new Related(Set.of(), ids);
        }
    }

    record Snapshot(Optional<Visit> visit, Optional<Recorded> recorded, Map<String, StaffMember> staff,
                    Map<String, CatalogItem> catalogue) {
        public Snapshot(Optional<Visit> visit, Optional<Recorded> recorded) {
            this(visit, recorded, Map.of(), Map.of());
        }
    }

    /** The customer who has the phone number (with the profile on record, when kept) and the key's record. */
    record Prepared(Optional<String> customerId, Optional<CustomerProfile> known, Optional<Recorded> recorded) {
    }

    /** The request fingerprint stored under an idempotency key, and the visit and version it produced. */
    record Recorded(String fingerprint, String code, long version) {
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
