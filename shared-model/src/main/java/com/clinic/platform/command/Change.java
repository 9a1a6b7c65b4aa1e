package com.clinic.platform.command;

import com.clinic.platform.command.Decision.Accepted;
import com.clinic.platform.port.AggregateStore.Effects;
import com.clinic.platform.port.AggregateStore.Loaded;
import com.clinic.platform.port.AggregateStore.Related;
import com.clinic.platform.port.TimerScheduler.Timer;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A change as the command path runs it, stated once: what it reads with the record ({@code reads}: staff,
 * catalogue items, records of other kinds), how the record's rules decide on what was read ({@code decide}), and
 * what the accepted change brings into its transaction beside the record, its audit record and its outbox
 * ({@code effects}: the timers it arms, records that follow it). Deciding and its effects are plain values; the
 * path makes the remote calls (the scheduler) and the one write.
 */
public record Change<A extends Aggregate, E extends DomainEvent>(
        Related reads, BiFunction<A, Loaded<A>, Decision<A, E>> decide,
        BiFunction<Accepted<A, E>, Loaded<A>, Effects> effects) {

    /** A change that reads nothing beside the record and brings nothing beside its own effects. */
    public static <A extends Aggregate, E extends DomainEvent> Change<A, E> of(Function<A, Decision<A, E>> decide) {
        return reading(Related.NONE, (a, loaded) -> decide.apply(a));
    }

    /** A change that decides on the record and what it reads with it (one read). */
    public static <A extends Aggregate, E extends DomainEvent> Change<A, E> reading(
            Related reads, BiFunction<A, Loaded<A>, Decision<A, E>> decide) {
        return new Change<>(reads, decide, (accepted, loaded) -> Effects.NONE);
    }

    /** The same change, arming the timers the accepted change wants (recorded with it, scheduled by the path). */
    public Change<A, E> arming(Function<Accepted<A, E>, List<Timer>> timers) {
        return bringing((accepted, loaded) -> Effects.armed(timers.apply(accepted)));
    }

    /** The same change, bringing more into its transaction (a record that follows it, timers). */
    public Change<A, E> bringing(BiFunction<Accepted<A, E>, Loaded<A>, Effects> more) {
        return new Change<>(reads, decide, (accepted, loaded) -> effects.apply(accepted, loaded)
                .plus(more.apply(accepted, loaded)));
    }
}
