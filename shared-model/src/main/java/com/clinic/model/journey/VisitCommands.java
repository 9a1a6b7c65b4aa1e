package com.clinic.model.journey;

import com.clinic.model.Actor;
import com.clinic.model.AuditRecord;
import com.clinic.model.IdempotencyKeyReused;
import com.clinic.model.NotFound;
import com.clinic.model.PreconditionRequired;
import com.clinic.model.Role;
import com.clinic.model.StaffRef;
import com.clinic.model.StaleVersion;
import com.clinic.model.customer.Customer;
import com.clinic.model.notification.Notification;
import com.clinic.model.port.IdGenerator;
import com.clinic.model.port.IdempotencyKey;
import com.clinic.model.port.VisitStore;
import com.clinic.model.port.VisitStore.Recorded;
import com.clinic.model.port.VisitStore.Related;
import com.clinic.model.visit.CustomerProfile;
import com.clinic.model.visit.Decision;
import com.clinic.model.visit.Decision.Accepted;
import com.clinic.model.visit.Visit;
import com.clinic.model.visit.VisitNotifications;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * How every command on a visit runs: one read (the visit with the idempotency record), the aggregate decides,
 * one conditional transaction (the new state, its audit record, the idempotency record and the notifications
 * it causes, so a change is never stored without them nor they sent without it). A retry with the same key is
 * answered from the record; a stale version is refused.
 */
public final class VisitCommands {
    /** The actor recorded for steps the system takes by itself (uploads landing, timers firing). */
    public static final Actor SYSTEM = new Actor("system", "系统", Set.of());
    private static final int ATTEMPTS = 3;

    private final VisitStore visits;
    private final Clock clock;
    private final IdGenerator ids;

    public VisitCommands(VisitStore visits, Clock clock, IdGenerator ids) {
        this.visits = visits;
        this.clock = clock;
        this.ids = ids;
    }

    public Instant now() {
        return clock.instant();
    }

    public IdGenerator ids() {
        return ids;
    }

    /**
     * A new visit for a customer: linked to the customer who has the phone number, or with a new customer. The
     * factory gets the visit code and the customer id.
     */
    public Outcome create(Actor actor, CustomerProfile profile, IdempotencyKey key,
                          BiFunction<String, String, Accepted> factory) {
        Instant now = clock.instant();
        for (int attempt = 1; ; attempt++) {
            VisitStore.Prepared prepared = visits.prepareCreate(profile.phone(), key);
            if (prepared.recorded().isPresent()) {
                return replay(prepared.recorded().get(), key);
            }
            Optional<String> existing = prepared.customerId();
            String customerId = existing.orElseGet(ids::newId);
            Accepted created = factory.apply(ids.visitCode(now), customerId);
            try {
                visits.create(created.after(), audit(actor, null, created), key,
                        existing.isPresent() ? null : new Customer(customerId, profile, now), notifications(created));
                return new Outcome(created.after(), false, existing.isPresent());
            } catch (VisitStore.CodeTaken | VisitStore.PhoneTaken e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            } catch (VisitStore.DuplicateRequest e) {
                return replay(visits.recorded(key).orElseThrow(), key);
            }
        }
    }

    /** A staff member's command on a visit they read at {@code expectedVersion} (If-Match). */
    public Outcome change(Actor actor, String code, Long expectedVersion, IdempotencyKey key,
                          Function<Visit, Decision> command) {
        return change(actor, code, expectedVersion, key, Related.NONE, (v, snap) -> command.apply(v), a -> { });
    }

    /**
     * The same, reading the related staff and catalogue items with the visit (one read), and running
     * {@code beforeWrite} on the accepted change before it is written (arming its timers).
     */
    public Outcome change(Actor actor, String code, Long expectedVersion, IdempotencyKey key, Related related,
                          BiFunction<Visit, VisitStore.Snapshot, Decision> command, Consumer<Accepted> beforeWrite) {
        VisitStore.Snapshot snap = visits.load(code, key, related);
        if (snap.recorded().isPresent()) {
            return replay(snap.recorded().get(), key);
        }
        Visit before = snap.visit().orElseThrow(() -> notFound(code));
        if (expectedVersion == null) {
            throw new PreconditionRequired("send If-Match with the version you last read (the ETag of the visit)");
        }
        if (expectedVersion != before.version()) {
            throw new StaleVersion("the visit changed since version " + expectedVersion + "; it is now version "
                    + before.version() + ": reload and try again");
        }
        Accepted accepted = command.apply(before, snap).orThrow();
        beforeWrite.accept(accepted);
        try {
            visits.update(before, accepted.after(), audit(actor, before, accepted), key, notifications(accepted));
        } catch (VisitStore.DuplicateRequest e) {
            return replay(visits.recorded(key).orElseThrow(), key);
        }
        return new Outcome(accepted.after(), false);
    }

    /**
     * A step the system takes by itself on the state it just read (an upload landed): there is no version a
     * person read, so a concurrent change is met by reading again and deciding again.
     */
    public Accepted changeAsSystem(Visit current, Function<Visit, Decision> command) {
        Visit before = current;
        for (int attempt = 1; ; attempt++) {
            Accepted accepted = command.apply(before).orThrow();
            try {
                visits.update(before, accepted.after(), audit(SYSTEM, before, accepted), null,
                        notifications(accepted));
                return accepted;
            } catch (StaleVersion e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                before = get(current.code());
            }
        }
    }

    public Visit get(String code) {
        return visits.load(code, null).visit().orElseThrow(() -> notFound(code));
    }

    /** The visit as the actor may see it: a driver or consultant only their own; others get 404 as if unknown. */
    public Visit visible(Actor actor, String code) {
        Visit v = get(code);
        boolean onlyDriver = actor.roles().equals(Set.of(Role.DRIVER));
        boolean onlyConsultant = actor.roles().equals(Set.of(Role.CONSULTANT));
        if ((onlyDriver && !isMe(v.driver(), actor)) || (onlyConsultant && !isMe(v.consultant(), actor))) {
            throw notFound(code);
        }
        return v;
    }

    private static boolean isMe(StaffRef ref, Actor actor) {
        return ref != null && ref.id().equals(actor.id());
    }

    private static List<Notification> notifications(Accepted accepted) {
        return VisitNotifications.of(accepted.event(), accepted.after());
    }

    private static Outcome replay(Recorded recorded, IdempotencyKey key) {
        if (!recorded.fingerprint().equals(key.fingerprint())) {
            throw new IdempotencyKeyReused("this Idempotency-Key was already used for a different request");
        }
        return new Outcome(recorded.result(), true);
    }

    private static AuditRecord audit(Actor actor, Visit before, Accepted accepted) {
        return new AuditRecord(accepted.after().code(), accepted.event().at(), actor.ref(), actor.roles(),
                accepted.event().action().name(), before == null ? null : before.stage().name(),
                accepted.after().stage().name(), accepted.event().summary());
    }

    public static NotFound notFound(String code) {
        return new NotFound("no visit " + code);
    }
}
