package com.clinic.platform.port;

import com.clinic.platform.AuditRecord;
import com.clinic.platform.catalog.CatalogItem;
import com.clinic.platform.command.Aggregate;
import com.clinic.platform.command.IntegrationEvent;
import com.clinic.platform.command.RecordKind;
import com.clinic.platform.notification.Notification;
import com.clinic.platform.staff.StaffMember;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Storage of every kind of record commands change. A command costs two round trips: one read (the record, the
 * idempotency record and the staff and catalogue items it names, together) and one transaction (the record on
 * its version, the audit record, the idempotency record and the outbox items).
 */
public interface AggregateStore {

    <A extends Aggregate> Loaded<A> load(RecordKind<A, ?> kind, String id, IdempotencyKey key, Related related);

    /** What was recorded under an idempotency key, if anything. */
    Optional<Recorded> recorded(IdempotencyKey key);

    /**
     * Replaces {@code before} by {@code after} only while the stored version is still {@code before.version()}, in
     * one transaction with the audit record, the idempotency record (when a key is given) and its effects.
     * Throws {@link com.clinic.platform.StaleVersion} when the record changed and {@link DuplicateRequest} when the
     * key was used meanwhile.
     */
    <A extends Aggregate> void commit(RecordKind<A, ?> kind, A before, A after, AuditRecord audit, IdempotencyKey key,
                                      Effects effects);

    /**
     * Stores a new record with its audit record, the idempotency record (when a key is given: a person's request
     * made it) and its effects, once: {@link AlreadyExists} when a record with its id is there (a re-delivered
     * event that creates it), {@link DuplicateRequest} when the key was used meanwhile.
     */
    <A extends Aggregate> void create(RecordKind<A, ?> kind, A record, AuditRecord audit, IdempotencyKey key,
                                      Effects effects);

    /** A record with this id exists already. */
    final class AlreadyExists extends RuntimeException {
        public AlreadyExists() {
            super("record exists", null, false, false);
        }
    }

    /**
     * What a change causes beyond itself, written in its transaction: the outbox, the armed timers, and the
     * records that follow it (a program following its health archive), each conditional on its own version. The
     * timers it disarms (by name) are cancelled by the command path before those it arms are scheduled, so a timer
     * re-armed under its old name fires at its new time.
     */
    record Effects(java.util.List<Notification> notifications, java.util.List<IntegrationEvent> events,
                   java.util.List<TimerScheduler.Timer> armed, java.util.List<Follower<?>> followers,
                   java.util.List<String> disarmed) {
        public static final Effects NONE = new Effects(java.util.List.of(), java.util.List.of(), java.util.List.of());

        public Effects(java.util.List<Notification> notifications, java.util.List<IntegrationEvent> events,
                       java.util.List<TimerScheduler.Timer> armed) {
            this(notifications, events, armed, java.util.List.of());
        }

        public Effects(java.util.List<Notification> notifications, java.util.List<IntegrationEvent> events,
                       java.util.List<TimerScheduler.Timer> armed, java.util.List<Follower<?>> followers) {
            this(notifications, events, armed, followers, java.util.List.of());
        }

        /** Only timers armed: recorded with the change, in its transaction. */
        public static Effects armed(java.util.List<TimerScheduler.Timer> timers) {
            return new Effects(java.util.List.of(), java.util.List.of(), timers);
        }

        /** Timers that replace pending ones: the old cancelled first, then the new armed. */
        public static Effects rearmed(java.util.List<TimerScheduler.Timer> old,
                                      java.util.List<TimerScheduler.Timer> timers) {
            return new Effects(java.util.List.of(), java.util.List.of(), timers, java.util.List.of(),
                    old.stream().map(TimerScheduler.Timer::name).toList());
        }

        /** Both changes' effects, in one transaction. */
        public Effects plus(Effects more) {
            return new Effects(join(notifications, more.notifications), join(events, more.events),
                    join(armed, more.armed), join(followers, more.followers), join(disarmed, more.disarmed));
        }

        private static <T> java.util.List<T> join(java.util.List<T> a, java.util.List<T> b) {
            return b.isEmpty() ? a : java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
        }
    }

    /**
     * A record another record's change moves in the same transaction: written over {@code before} (its version
     * the condition; none: it is made), with its own audit record.
     */
    record Follower<A extends Aggregate>(RecordKind<A, ?> kind, A before, A after, AuditRecord audit) {
    }

    /** Records a command reads with its record: staff, price catalogue items, records of other kinds. */
    record Related(Set<String> staffIds, Set<String> catalogItemIds, java.util.List<Ref<?>> records) {
        public static final Related NONE = new Related(Set.of(), Set.of());

        public Related(Set<String> staffIds, Set<String> catalogItemIds) {
            this(staffIds, catalogItemIds, java.util.List.of());
        }

        public static Related staff(String id) {
            return new Related(Set.of(id), Set.of());
        }

        public static Related catalogue(Set<String> ids) {
            return new Related(Set.of(), ids);
        }

        /** A record of another kind (a kept list the command checks its input against). */
        public static Related record(RecordKind<?, ?> kind, String id) {
            return new Related(Set.of(), Set.of(), java.util.List.of(new Ref<>(kind, id)));
        }

        public boolean isEmpty() {
            return staffIds.isEmpty() && catalogItemIds.isEmpty() && records.isEmpty();
        }
    }

    /** A record of some kind, by id. */
    record Ref<A extends Aggregate>(RecordKind<A, ?> kind, String id) {
        public String name() {
            return kind.name() + "#" + id;
        }
    }

    /** The record (if found), the retried request's record (if any), and the related items found. */
    record Loaded<A>(Optional<A> record, Optional<Recorded> recorded, Map<String, StaffMember> staff,
                     Map<String, CatalogItem> catalogue, Map<String, Aggregate> records) {
        public Loaded(Optional<A> record, Optional<Recorded> recorded) {
            this(record, recorded, Map.of(), Map.of(), Map.of());
        }

        public Loaded(Optional<A> record, Optional<Recorded> recorded, Map<String, StaffMember> staff,
                      Map<String, CatalogItem> catalogue) {
            this(record, recorded, staff, catalogue, Map.of());
        }

        /** A related record of another kind, if it exists. */
        @SuppressWarnings("unchecked")
        public <R extends Aggregate> Optional<R> related(RecordKind<R, ?> kind, String id) {
            return Optional.ofNullable(records.get(new Ref<>(kind, id).name())).map(r -> (R) r);
        }
    }

    /** The request fingerprint stored under an idempotency key, and the record and version it produced. */
    record Recorded(String fingerprint, String subject, long version) {
    }

    /** The idempotency key was recorded by a concurrent request between our read and our write. */
    final class DuplicateRequest extends RuntimeException {
        public DuplicateRequest() {
            super("idempotency key already recorded", null, false, false);
        }
    }
}
