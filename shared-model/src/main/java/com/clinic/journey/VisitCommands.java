package com.clinic.journey;

import com.clinic.journey.customer.Customer;
import com.clinic.journey.visit.CustomerProfile;
import com.clinic.journey.visit.Visit;
import com.clinic.journey.visit.VisitAccess;
import com.clinic.journey.visit.VisitEvent;
import com.clinic.journey.visit.VisitKind;
import com.clinic.journey.visit.VisitPart;
import com.clinic.platform.Actor;
import com.clinic.platform.NotFound;
import com.clinic.platform.command.Change;
import com.clinic.platform.command.Commands;
import com.clinic.platform.command.Decision.Accepted;
import com.clinic.platform.command.Decision;
import com.clinic.platform.command.Outcome;
import com.clinic.platform.port.AggregateStore.Loaded;
import com.clinic.platform.port.AggregateStore.Related;
import com.clinic.platform.port.AggregateStore;
import com.clinic.platform.port.IdGenerator;
import com.clinic.platform.port.IdempotencyKey;
import com.clinic.platform.port.TimerScheduler;
import com.clinic.platform.port.TimerScheduler.Timer;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Commands on visits: the generic command path ({@link Commands}) for every change, and what only a visit has —
 * its creation with a customer found by phone number, its codes, and the parts of it each role may see.
 */
public final class VisitCommands {
    private static final int ATTEMPTS = 3;

    private final Commands<Visit, VisitEvent> path;
    private final VisitStore visits;
    private final AggregateStore store;
    private final Clock clock;
    private final IdGenerator ids;

    public VisitCommands(VisitStore visits, AggregateStore store, Clock clock, TimerScheduler scheduler,
                         IdGenerator ids) {
        this.path = new Commands<>(VisitKind.VISIT, store, clock, scheduler);
        this.visits = visits;
        this.store = store;
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
        Accepted<Visit, VisitEvent> make(String code, String customerId, CustomerProfile profile);
    }

    /**
     * A new visit for a customer: linked to the customer who has the phone number (and shown with the profile on
     * record, {@link CustomerProfile#knownAs}), or with a new customer.
     */
    public Outcome<Visit> create(Actor actor, CustomerProfile profile, IdempotencyKey key, NewVisit factory) {
        Instant now = clock.instant();
        for (int attempt = 1; ; attempt++) {
            VisitStore.Prepared prepared = visits.prepareCreate(profile.phone(), key);
            if (prepared.recorded().isPresent()) {
                return path.replay(prepared.recorded().get(), key, Optional.empty());
            }
            Optional<String> existing = prepared.customerId();
            String customerId = existing.orElseGet(ids::newId);
            Accepted<Visit, VisitEvent> created = factory.make(ids.visitCode(now), customerId,
                    prepared.known().map(profile::knownAs).orElse(profile));
            try {
                visits.create(created.after(), path.audit(actor, null, created), key,
                        existing.isPresent() ? null : new Customer(customerId, profile, now),
                        VisitKind.VISIT.notifications(created.event(), created.after()));
                return new Outcome<>(created.after(), false, existing.isPresent());
            } catch (VisitStore.CodeTaken | VisitStore.PhoneTaken e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            } catch (AggregateStore.DuplicateRequest e) {
                return path.replay(store.recorded(key).orElseThrow(), key, Optional.empty());
            }
        }
    }

    /** A staff member's change of a visit they read at {@code expectedVersion} (If-Match). */
    public Outcome<Visit> change(Actor actor, String code, Long expectedVersion, IdempotencyKey key,
                                 Change<Visit, VisitEvent> change) {
        return path.change(actor, code, expectedVersion, key, change);
    }

    /** A step on the state just read, with no version a person read (see {@link Commands#apply}). */
    public Decision<Visit, VisitEvent> apply(Actor actor, Visit current, Change<Visit, VisitEvent> change) {
        return path.apply(actor, current, change);
    }

    public Visit get(String code) {
        return path.get(code);
    }

    /** The visit when the code names one; a text that cannot be a code is not read. */
    public Optional<Visit> find(String code) {
        return Visit.isCode(code) ? store.load(VisitKind.VISIT, code, null, Related.NONE).record() : Optional.empty();
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

    public static NotFound notFound(String code) {
        return new NotFound("code", Visit.isCode(code) ? "no visit " + code : "no visit with that code");
    }
}
