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
import com.clinic.platform.port.TimerScheduler.Timer;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * How every command on every kind of record runs: one read (the record with the idempotency record and what the
 * command names), the record's rules decide, one conditional transaction (the new state on its version, the audit
 * record, the idempotency record and the notifications the event causes). A retry with the same key is answered
 * from its record; a stale version is refused; a record that is not the caller's business is answered as unknown.
 */
public final class Commands<A extends Aggregate, E extends DomainEvent> {
    private static final int ATTEMPTS = 3;

    private final RecordKind<A, E> kind;
    private final AggregateStore store;
    private final Clock clock;

    public Commands(RecordKind<A, E> kind, AggregateStore store, Clock clock) {
        this.kind = kind;
        this.store = store;
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    /** A staff member's command on a record they read at {@code expectedVersion} (If-Match). */
    public Outcome<A> change(Actor actor, String id, Long expectedVersion, IdempotencyKey key,
                             Function<A, Decision<A, E>> command) {
        return change(actor, id, expectedVersion, key, Related.NONE, (a, loaded) -> command.apply(a), Commands::noTimers);
    }

    /**
     * The same, reading the related staff and catalogue items with the record (one read), and arming the timers
     * {@code arm} schedules for the accepted change before it is written: they are recorded with the change, in
     * its transaction. (Armed before the write: if the write fails they fire on a state that does not want them
     * and do nothing, whereas the other order could lose them.)
     */
    public Outcome<A> change(Actor actor, String id, Long expectedVersion, IdempotencyKey key, Related related,
                             BiFunction<A, Loaded<A>, Decision<A, E>> command,
                             Function<Accepted<A, E>, List<Timer>> arm) {
        return change(actor, id, expectedVersion, key, related, command,
                (accepted, loaded) -> new AggregateStore.Effects(List.of(), List.of(), arm.apply(accepted)));
    }

    /**
     * The same, with more effects the accepted change brings into its transaction ({@code also}): armed timers, or
     * a record that follows it (see {@link #following}).
     */
    public Outcome<A> change(Actor actor, String id, Long expectedVersion, IdempotencyKey key, Related related,
                             BiFunction<A, Loaded<A>, Decision<A, E>> command,
                             BiFunction<Accepted<A, E>, Loaded<A>, AggregateStore.Effects> also) {
        requireId(id);
        Loaded<A> loaded = store.load(kind, id, key, related);
        if (loaded.recorded().isPresent()) {
            return replay(loaded.recorded().get(), key, loaded.record());
        }
        return decide(actor, id, expectedVersion, key, loaded, command, also);
    }

    /** The decision and commit of a change on what was read. */
    private Outcome<A> decide(Actor actor, String id, Long expectedVersion, IdempotencyKey key, Loaded<A> loaded,
                              BiFunction<A, Loaded<A>, Decision<A, E>> command,
                              BiFunction<Accepted<A, E>, Loaded<A>, AggregateStore.Effects> also) {
        A before = loaded.record().filter(a -> kind.canSee(actor, a)).orElseThrow(() -> notFound(id));
        if (expectedVersion == null) {
            throw new PreconditionRequired("send If-Match with the version you last read (the ETag)");
        }
        if (expectedVersion != before.version()) {
            throw new StaleVersion("the " + kind.name() + " changed since version " + expectedVersion
                    + "; it is now version " + before.version() + ": reload and try again");
        }
        Accepted<A, E> accepted = command.apply(before, loaded).orThrow();
        AggregateStore.Effects more = also.apply(accepted, loaded);
        try {
            store.commit(kind, before, accepted.after(), audit(actor, before, accepted), key,
                    effects(accepted, List.of()).plus(more));
        } catch (AggregateStore.DuplicateRequest e) {
            return replay(store.recorded(key).orElseThrow(), key, Optional.empty());
        }
        return new Outcome<>(accepted.after(), false);
    }

    /**
     * A step taken on the state just read, with no version a person read: an upload landed (the system), or the
     * lab filed a quarantined file. A concurrent change is met by reading again and deciding again.
     */
    public Accepted<A, E> changeAs(Actor actor, A current, Function<A, Decision<A, E>> command) {
        return changeAs(actor, current, command, Commands::noTimers);
    }

    /** The same, recording the timers {@code arm} schedules for the accepted change in its transaction. */
    public Accepted<A, E> changeAs(Actor actor, A current, Function<A, Decision<A, E>> command,
                                   Function<Accepted<A, E>, List<Timer>> arm) {
        return decideAs(actor, current, command, arm, true).orElseThrow();
    }

    /**
     * The same for a system trigger that may find nothing left to do (a timer whose step is done, a plan since
     * stopped): the record as it is decides, once per attempt, and a refusal is no error but an empty answer.
     */
    public Optional<Accepted<A, E>> changeIfAccepted(Actor actor, A current, Function<A, Decision<A, E>> command,
                                                     Function<Accepted<A, E>, List<Timer>> arm) {
        return decideAs(actor, current, command, arm, false);
    }

    private Optional<Accepted<A, E>> decideAs(Actor actor, A current, Function<A, Decision<A, E>> command,
                                              Function<Accepted<A, E>, List<Timer>> arm, boolean refusalThrows) {
        A before = current;
        for (int attempt = 1; ; attempt++) {
            Decision<A, E> decision = command.apply(before);
            if (decision instanceof Decision.Rejected<A, E> && !refusalThrows) {
                return Optional.empty();
            }
            Accepted<A, E> accepted = decision.orThrow();
            try {
                store.commit(kind, before, accepted.after(), audit(actor, before, accepted), null,
                        effects(accepted, arm.apply(accepted)));
                return Optional.of(accepted);
            } catch (StaleVersion e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                before = get(current.id());
            }
        }
    }

    private AggregateStore.Effects effects(Accepted<A, E> accepted, List<Timer> armed) {
        return new AggregateStore.Effects(kind.notifications(accepted.event(), accepted.after()),
                kind.published(accepted.event(), accepted.after()), armed);
    }

    /**
     * A new record made by a rule ({@code LoanAccount.open}), stored once with its audit record and effects; when
     * it exists already (the event that makes it came again) the stored one is answered as a replay.
     */
    public Outcome<A> create(Actor actor, Accepted<A, E> created) {
        return create(actor, created, List.of());
    }

    /** The same, recording the timers armed for the new record in its transaction. */
    public Outcome<A> create(Actor actor, Accepted<A, E> created, List<Timer> armed) {
        return create(actor, created, new AggregateStore.Effects(List.of(), List.of(), armed), null);
    }

    /** The same, with more effects in its transaction: armed timers, records made or moved with it. */
    public Outcome<A> create(Actor actor, Accepted<A, E> created, AggregateStore.Effects more) {
        return create(actor, created, more, null);
    }

    /**
     * The same, for a person's request: its idempotency record is written in the transaction, so a retry is
     * answered from it as any change's retry is.
     */
    private Outcome<A> create(Actor actor, Accepted<A, E> created, AggregateStore.Effects more, IdempotencyKey key) {
        try {
            store.create(kind, created.after(), audit(actor, null, created), key, effects(created, List.of()).plus(more));
            return new Outcome<>(created.after(), false);
        } catch (AggregateStore.AlreadyExists e) {
            return new Outcome<>(get(created.after().id()), true);
        } catch (AggregateStore.DuplicateRequest e) {
            return replay(store.recorded(key).orElseThrow(), key, Optional.empty());
        }
    }

    /**
     * A change of a kept list (one record, {@link KeptList}): the first makes it, later ones go on the version read
     * (If-Match; none, or 0, before there is one).
     */
    public Outcome<A> keep(Actor actor, String id, Long version, IdempotencyKey key,
                           java.util.function.Supplier<Accepted<A, E>> first, Function<A, Decision<A, E>> change) {
        return keep(actor, id, version, key, Related.NONE, loaded -> first.get(), (a, loaded) -> change.apply(a));
    }

    /**
     * The same, reading the related records the change rests on with the record (one read): the first change makes
     * the record from them, a later one changes it on its version.
     */
    public Outcome<A> keep(Actor actor, String id, Long version, IdempotencyKey key, Related related,
                           Function<Loaded<A>, Accepted<A, E>> first, BiFunction<A, Loaded<A>, Decision<A, E>> change) {
        requireId(id);
        Loaded<A> loaded = store.load(kind, id, key, related);
        if (loaded.recorded().isPresent()) {
            return replay(loaded.recorded().get(), key, loaded.record());
        }
        if (loaded.record().isPresent()) {
            return decide(actor, id, version, key, loaded, change, (accepted, l) -> AggregateStore.Effects.NONE);
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
        return effects(accepted, armed).plus(new AggregateStore.Effects(List.of(), List.of(), List.of(),
                List.of(new AggregateStore.Follower<>(kind, before, accepted.after(), audit(actor, before, accepted)))));
    }

    /** For a command that arms no timer. */
    public static <T> List<Timer> noTimers(T accepted) {
        return List.of();
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
