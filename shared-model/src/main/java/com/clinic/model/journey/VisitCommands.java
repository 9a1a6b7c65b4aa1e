package com.clinic.model.journey;

import com.clinic.model.Actor;
import com.clinic.model.AuditRecord;
import com.clinic.model.IdempotencyKeyReused;
import com.clinic.model.NotFound;
import com.clinic.model.PreconditionRequired;
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
import com.clinic.model.visit.VisitAccess;
import com.clinic.model.visit.VisitPart;
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

    /** Makes a new visit from its code, its customer's id and the customer's profile. */
    public interface NewVisit {
        Accepted make(String code, String customerId, CustomerProfile profile);
    }

    /**
     * A new visit for a customer: linked to the customer who has the phone number (and shown with the profile on
     * record, {@link CustomerProfile#knownAs}), or with a new customer.
     */
    public Outcome create(Actor actor, CustomerProfile profile, IdempotencyKey key, NewVisit factory) {
        Instant now = clock.instant();
        for (int attempt = 1; ; attempt++) {
            VisitStore.Prepared prepared = visits.prepareCreate(profile.phone(), key);
            if (prepared.recorded().isPresent()) {
                return replay(prepared.recorded().get(), key, Optional.empty());
            }
            Optional<String> existing = prepared.customerId();
            String customerId = existing.orElseGet(ids::newId);
            Accepted created = factory.make(ids.visitCode(now), customerId,
                    prepared.known().map(profile::knownAs).orElse(profile));
            try {
                visits.create(created.after(), audit(actor, null, created), key,
                        existing.isPresent() ? null : new Customer(customerId, profile, now), notifications(created));
                return new Outcome(created.after(), false, existing.isPresent());
            } catch (VisitStore.CodeTaken | VisitStore.PhoneTaken e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            } catch (VisitStore.DuplicateRequest e) {
                return replay(visits.recorded(key).orElseThrow(), key, Optional.empty());
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
        requireCode(code);
        VisitStore.Snapshot snap = visits.load(code, key, related);
        if (snap.recorded().isPresent()) {
            return replay(snap.recorded().get(), key, snap.visit());
        }
        Visit before = snap.visit().filter(v -> VisitAccess.canSee(actor, v)).orElseThrow(() -> notFound(code));
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
            return replay(visits.recorded(key).orElseThrow(), key, Optional.empty());
        }
        return new Outcome(accepted.after(), false);
    }

    /**
     * A step taken on the state just read, with no version a person read: an upload landed (the system), or the
     * lab filed a quarantined file. A concurrent change is met by reading again and deciding again.
     */
    public Accepted changeAs(Actor actor, Visit current, Function<Visit, Decision> command) {
        Visit before = current;
        for (int attempt = 1; ; attempt++) {
            Accepted accepted = command.apply(before).orThrow();
            try {
                visits.update(before, accepted.after(), audit(actor, before, accepted), null,
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
        requireCode(code);
        return visits.load(code, null).visit().orElseThrow(() -> notFound(code));
    }

    /** A text that cannot be a visit code names no visit: answered without a read. */
    private static void requireCode(String code) {
        if (!Visit.isCode(code)) {
            throw notFound(code);
        }
    }

    /**
     * The visit, when it is the actor's business ({@link VisitAccess}) and they may see the given part of it;
     * otherwise 404, as if the code were unknown.
     */
    public Visit visible(Actor actor, String code, VisitPart part) {
        Visit v = get(code);
        if (!VisitAccess.parts(actor, v).contains(part)) {
            throw notFound(code);
        }
        return v;
    }

    private static List<Notification> notifications(Accepted accepted) {
        return VisitNotifications.of(accepted.event(), accepted.after());
    }

    /**
     * The answer to a retry: the visit the first request changed, as it is now (read with the record when the
     * command reads the visit anyway, else once more). Normally it is the state the first request produced.
     */
    private Outcome replay(Recorded recorded, IdempotencyKey key, Optional<Visit> read) {
        if (!recorded.fingerprint().equals(key.fingerprint())) {
            throw new IdempotencyKeyReused("this Idempotency-Key was already used for a different request");
        }
        return new Outcome(read.filter(v -> v.code().equals(recorded.code())).orElseGet(() -> get(recorded.code())),
                true);
    }

    private static AuditRecord audit(Actor actor, Visit before, Accepted accepted) {
        return new AuditRecord(accepted.after().code(), accepted.event().at(), actor.ref(), actor.roles(),
                accepted.event().action().name(), before == null ? null : before.stage().name(),
                accepted.after().stage().name(), accepted.event().summary());
    }

    public static NotFound notFound(String code) {
        return new NotFound("code", Visit.isCode(code) ? "no visit " + code : "no visit with that code");
    }
}
