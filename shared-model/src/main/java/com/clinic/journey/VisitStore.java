package com.clinic.journey;

import com.clinic.journey.customer.Customer;
import com.clinic.journey.visit.CustomerProfile;
import com.clinic.journey.visit.Visit;
import com.clinic.platform.AuditRecord;
import com.clinic.platform.Page;
import com.clinic.platform.PageRequest;
import com.clinic.platform.notification.Notification;
import com.clinic.platform.port.AggregateStore.Recorded;
import com.clinic.platform.port.AggregateStore;
import com.clinic.platform.port.IdempotencyKey;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What only visits need beyond the {@link AggregateStore}: creating one with its customer (one customer per phone
 * number), the work lists, and the audit trail.
 */
public interface VisitStore {

    /** What a new visit needs to know first, in one read: the phone's customer and the key's record. */
    Prepared prepareCreate(String phone, IdempotencyKey key);

    /**
     * Stores a new visit, and its new customer when {@code newCustomer} is not null, with its audit record, the
     * idempotency record and the notifications it causes, in one transaction. Throws
     * {@link AggregateStore.DuplicateRequest} when the key was used meanwhile, {@link CodeTaken} when the visit
     * code exists and {@link PhoneTaken} when another request registered the phone number meanwhile.
     */
    void create(Visit visit, AuditRecord audit, IdempotencyKey key, Customer newCustomer,
                List<Notification> notifications);

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

    /** The customer who has the phone number (with the profile on record, when kept) and the key's record. */
    record Prepared(Optional<String> customerId, Optional<CustomerProfile> known, Optional<Recorded> recorded) {
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
