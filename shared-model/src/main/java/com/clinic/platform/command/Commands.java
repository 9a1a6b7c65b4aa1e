package com.clinic.platform.command;

import com.clinic.platform.Actor;
import com.clinic.platform.AuditRecord;
import com.clinic.platform.IdempotencyKeyReused;
import com.clinic.platform.NotFound;
import com.clinic.platform.PreconditionRequired;
import com.clinic.platform.StaleVersion;
import com.clinic.platform.command.Decision.Accepted;
import com.clinic.platform.port.AggregateStore.Loaded;
import com.clinic.platform.port.AggregateStore.Recorded;
import com.clinic.platform.port.AggregateStore.Related;
import com.clinic.platform.port.AggregateStore;
import com.clinic.platform.port.IdempotencyKey;
import com.clinic.platform.port.TimerScheduler;
import com.clinic.platform.port.TimerScheduler.Timer;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * How every change of every kind of record runs, stated once as a {@link Change}: one read (the record with the
 * idempotency record and what the change reads), the record's rules decide, the timers it armed scheduled, one
 * conditional transaction (the new state on its version, the audit record, the idempotency record, the outbox and
 * the records that follow it). A retry with the same key is answered from its record; a stale version is refused;
 * a record that is not the caller's business is answered as unknown.
 */
public final class Commands<A extends Aggregate, E extends DomainEvent> {
    private static final int ATTEMPTS = 3;

    private final RecordKind<A, E> kind;
    private final AggregateStore store;
    private final Clock clock;
    private final TimerScheduler scheduler;

    /** The command path of a kind of record whose changes arm timers: the path schedules them before the write. */
    public Commands(RecordKind<A, E> kind, AggregateStore store, Clock clock, TimerScheduler scheduler) {
        this.kind = kind;
        this.store = store;
        this.clock = clock;
        this.scheduler = scheduler;
    }

    /** The command path of a kind of record whose changes arm no timer. */
    public Commands(RecordKind<A, E> kind, AggregateStore store, Clock clock) {
        this(kind, store, clock, TimerScheduler.NONE);
    }

    public Instant now() {
        return clock.instant();
    }

    /**
     * A person's change of a record they read at {@code expectedVersion} (If-Match): one read (the record, the
     * idempotency record and what the change reads with it), the record's rules decide, one write. A retry with
     * the same key is answered from its record.
     */
    public Outcome<A> change(Actor actor, String id, Long expectedVersion, IdempotencyKey key, Change<A, E> change) {
        requireId(id);
        Loaded<A> loaded = store.load(kind, id, key, change.reads());
        if (loaded.recorded().isPresent()) {
            return replay(loaded.recorded().get(), key, loaded.record());
        }
        return decide(actor, id, expectedVersion, key, loaded, change);
    }

    /** The decision and commit of a change on what was read. */
    private Outcome<A> decide(Actor actor, String id, Long expectedVersion, IdempotencyKey key, Loaded<A> loaded,
                              Change<A, E> change) {
        A before = loaded.record().filter(a -> kind.canSee(actor, a)).orElseThrow(() -> notFound(id));
        if (expectedVersion == null) {
            throw new PreconditionRequired("send If-Match with the version you last read (the ETag)");
        }
        if (expectedVersion != before.version()) {
            throw new StaleVersion("the " + kind.name() + " changed since version " + expectedVersion
                    + "; it is now version " + before.version() + ": reload and try again");
        }
        Accepted<A, E> accepted = change.decide().apply(before, loaded).orThrow();
        try {
            commit(actor, before, accepted, key, change.effects().apply(accepted, loaded));
        } catch (AggregateStore.DuplicateRequest e) {
            return replay(store.recorded(key).orElseThrow(), key, Optional.empty());
        }
        return new Outcome<>(accepted.after(), false);
    }

    /**
     * The one write of an accepted change: the timers it armed are scheduled first, after those it disarmed are
     * cancelled (should the write fail they fire on a state that does not want them and do nothing, whereas the
     * other order could lose them), then one
     * conditional transaction holds the record on its version, the audit record, the idempotency record, the
     * outbox and the records that follow it.
     */
    private void schedule(AggregateStore.Effects all) {
        all.disarmed().forEach(scheduler::cancel);
        all.armed().forEach(scheduler::schedule);
    }

    private void commit(Actor actor, A before, Accepted<A, E> accepted, IdempotencyKey key,
                        AggregateStore.Effects more) {
        AggregateStore.Effects all = effects(accepted).plus(more);
        schedule(all);
        store.commit(kind, before, accepted.after(), audit(actor, before, accepted), key, all);
    }

    /**
     * A change of the state just read, with no version a person read: a system trigger (a timer, an event) or a
     * step the system takes for someone (an upload landed). The record as it is decides, once per attempt (a
     * concurrent change is met by reading again and deciding again); a refusal writes nothing and is answered as
     * it is, for the caller to report ({@code orThrow}) or to take as nothing left to do. Reads nothing beside the
     * record.
     */
    public Decision<A, E> apply(Actor actor, A current, Change<A, E> change) {
        A before = current;
        for (int attempt = 1; ; attempt++) {
            Loaded<A> loaded = new Loaded<>(Optional.of(before), Optional.empty());
            Decision<A, E> decision = change.decide().apply(before, loaded);
            if (!(decision instanceof Accepted<A, E> accepted)) {
                return decision;
            }
            try {
                commit(actor, before, accepted, null, change.effects().apply(accepted, loaded));
                return accepted;
            } catch (StaleVersion e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                before = get(current.id());
            }
        }
    }

    private AggregateStore.Effects effects(Accepted<A, E> accepted) {
        return new AggregateStore.Effects(kind.notifications(accepted.event(), accepted.after()),
                kind.published(accepted.event(), accepted.after()), List.of());
    }

    /**
     * A new record made by a rule ({@code LoanAccount.open}), stored once with its audit record and effects; when
     * it exists already (the event that makes it came again) the stored one is answered as a replay.
     */
    public Outcome<A> create(Actor actor, Accepted<A, E> created) {
        return create(actor, created, AggregateStore.Effects.NONE);
    }

    /** The same, with more in its transaction: the timers it arms, records made or moved with it. */
    public Outcome<A> create(Actor actor, Accepted<A, E> created, AggregateStore.Effects more) {
        return create(actor, created, more, null);
    }

    /**
     * The same, for a person's request: its idempotency record is written in the transaction, so a retry is
     * answered from it as any change's retry is.
     */
    private Outcome<A> create(Actor actor, Accepted<A, E> created, AggregateStore.Effects more, IdempotencyKey key) {
        AggregateStore.Effects all = effects(created).plus(more);
        schedule(all);
        try {
            store.create(kind, created.after(), audit(actor, null, created), key, all);
            return new Outcome<>(created.after(), false);
        } catch (AggregateStore.AlreadyExists e) {
            return new Outcome<>(get(created.after().id()), true);
        } catch (AggregateStore.DuplicateRequest e) {
            return replay(store.recorded(key).orElseThrow(), key, Optional.empty());
        }
    }

    /**
     * A change of a kept record (a list, a day): the first change makes it from what it reads ({@code first}), a
     * later one is {@code then}, on the version read (If-Match; none, or 0, before there is one).
     */
    public Outcome<A> keep(Actor actor, String id, Long version, IdempotencyKey key,
                           Function<Loaded<A>, Accepted<A, E>> first, Change<A, E> then) {
        requireId(id);
        Loaded<A> loaded = store.load(kind, id, key, then.reads());
        if (loaded.recorded().isPresent()) {
            return replay(loaded.recorded().get(), key, loaded.record());
        }
        if (loaded.record().isPresent()) {
            return decide(actor, id, version, key, loaded, then);
        }
        // the first change's own checks come first: a record it rests on that is not the actor's business is
        // answered as unknown whatever version was sent
        Accepted<A, E> made = first.apply(loaded);
        if (version != null && version != 0) {
            throw new StaleVersion("there is no " + kind.name() + " yet (version 0): send If-Match \"0\" or none");
        }
        return create(actor, made, AggregateStore.Effects.NONE, key);
    }

    /**
     * A record of this kind moved by another record's change, in that change's transaction: its write (over
     * {@code before}, or made when null), its audit record, its notifications and the timers it arms.
     */
    public AggregateStore.Effects following(Actor actor, A before, Accepted<A, E> accepted, List<Timer> armed) {
        return effects(accepted).plus(AggregateStore.Effects.armed(armed)).plus(new AggregateStore.Effects(List.of(),
                List.of(), List.of(), List.of(new AggregateStore.Follower<>(kind, before, accepted.after(),
                audit(actor, before, accepted)))));
    }

    /** The record, when it is the actor's business; otherwise answered as unknown, like one that does not exist. */
    public A visible(Actor actor, String id) {
        return find(id).filter(a -> kind.canSee(actor, a)).orElseThrow(() -> notFound(id));
    }

    /** The record, if any, with the related records a read rests on, in one round trip. */
    public Loaded<A> load(String id, Related related) {
        requireId(id);
        return store.load(kind, id, null, related);
    }

    public A get(String id) {
        return find(id).orElseThrow(() -> notFound(id));
    }

    public Optional<A> find(String id) {
        return load(id, Related.NONE).record();
    }

    /** A record created elsewhere: its first audit record, from nothing. */
    public AuditRecord audit(Actor actor, A before, Accepted<A, E> accepted) {
        return new AuditRecord(accepted.after().id(), accepted.event().at(), actor.ref(), actor.roles(),
                accepted.event().type(), before == null ? null : kind.state(before), kind.state(accepted.after()),
                accepted.event().summary());
    }

    /**
     * The answer to a retry: the record the first request changed, as it is now (read with the idempotency record
     * when the command reads the record anyway, else once more). Normally it is the state the first request left.
     */
    public Outcome<A> replay(Recorded recorded, IdempotencyKey key, Optional<A> read) {
        if (!recorded.fingerprint().equals(key.fingerprint())) {
            throw new IdempotencyKeyReused("this Idempotency-Key was already used for a different request");
        }
        return new Outcome<>(read.filter(a -> a.id().equals(recorded.subject()))
                .orElseGet(() -> get(recorded.subject())), true);
    }

    private void requireId(String id) {
        if (!kind.isId(id)) {
            throw notFound(id);
        }
    }

    public NotFound notFound(String id) {
        return new NotFound(kind.idField(), kind.isId(id) ? "no " + kind.name() + " " + id
                : "no " + kind.name() + " with that " + kind.idField());
    }
}
