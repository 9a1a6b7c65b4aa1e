package com.clinic.program.course;

import com.clinic.journey.Files;
import com.clinic.platform.Actor;
import com.clinic.platform.Forbidden;
import com.clinic.platform.command.Change;
import com.clinic.platform.command.Commands;
import com.clinic.platform.command.Decision.Accepted;
import com.clinic.platform.command.Decision;
import com.clinic.platform.command.Outcome;
import com.clinic.platform.port.AggregateStore.Effects;
import com.clinic.platform.port.AggregateStore.Related;
import com.clinic.platform.port.IdempotencyKey;
import com.clinic.platform.port.TimerScheduler.Timer;
import com.clinic.program.Program;
import com.clinic.program.ProgramDeadlines;
import com.clinic.program.ProgramEvent;
import com.clinic.program.ProgramKind;
import com.clinic.program.Team;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * How every step of the course is taken, by the 49 days' desk and the after-plan's: on the course's version, read
 * with its program, the program following the course when a milestone moves it — and the named policies of who takes
 * which step (the seat in the program's team, the customer herself).
 */
final class CourseSteps {
    private final Commands<Course, CourseEvent> courses;
    private final Commands<Program, ProgramEvent> programs;
    private final ProgramDeadlines deadlines;
    private final Files files;

    CourseSteps(Commands<Course, CourseEvent> courses, Commands<Program, ProgramEvent> programs,
                ProgramDeadlines deadlines, Files files) {
        this.courses = courses;
        this.programs = programs;
        this.deadlines = deadlines;
        this.files = files;
    }

    /** A step of the course the member holding {@code seat} in the program's team takes. */
    Outcome<Course> seated(Actor actor, String id, Long version, IdempotencyKey key, Team.Seat seat,
                           String what, BiFunction<Course, Instant, Decision<Course, CourseEvent>> decide) {
        return step(actor, id, version, key, (c, now) -> {
            seated(c, actor, seat, what);
            return decide.apply(c, now);
        });
    }

    Outcome<Course> step(Actor actor, String id, Long version, IdempotencyKey key,
                         BiFunction<Course, Instant, Decision<Course, CourseEvent>> decide) {
        return step(actor, id, version, key, decide, c -> List.of());
    }

    Outcome<Course> step(Actor actor, String id, Long version, IdempotencyKey key,
                         BiFunction<Course, Instant, Decision<Course, CourseEvent>> decide,
                         Function<Course, List<Timer>> arm) {
        return step(actor, id, version, key, Related.NONE, (c, loaded, now) -> decide.apply(c, now), arm);
    }

    /** What a step decides with: the course, what was read with it, the time of the request. */
    @FunctionalInterface
    interface Step {
        Decision<Course, CourseEvent> decide(Course c, com.clinic.platform.port.AggregateStore.Loaded<Course> loaded,
                                             Instant now);
    }

    /**
     * A step of the course on its version, read with its program (and whatever else it names): the timers the
     * accepted step arms, and the program following the course when a milestone moves it (its stage, its days,
     * the deadlines it keeps), go into the step's transaction; the timers of the deadlines it closed are cancelled
     * once it is written.
     */
    Outcome<Course> step(Actor actor, String id, Long version, IdempotencyKey key, Related also, Step decide,
                         Function<Course, List<Timer>> arm) {
        Instant now = courses.now();
        AtomicReference<Program> followed = new AtomicReference<>();
        Change<Course, CourseEvent> change = Change.reading(withProgram(also, id),
                (c, loaded) -> decide.decide(c, loaded, now));
        Outcome<Course> outcome = courses.change(actor, id, version, key, change.bringing((accepted, loaded) -> {
                    Effects effects = new Effects(List.of(), List.of(), arm.apply(accepted.after()));
                    Program p = loaded.related(ProgramKind.PROGRAM, id).orElseThrow();
                    // the working-day calendar is read only when a deadline opens (most steps open none)
                    Decision<Program, ProgramEvent> follows = p.followCourse(accepted.after().facts(), actor.ref(),
                            now, step -> deadlines.from(now).of(step));
                    if (follows instanceof Accepted<Program, ProgramEvent> moved) {
                        followed.set(moved.after());
                        effects = effects.plus(programs.following(actor, p, moved,
                                deadlines.arm(moved.after(), now)));
                    }
                    return effects;
                }));
        if (followed.get() != null) {
            deadlines.cancelClosed(followed.get(), now);
        }
        return outcome;
    }

    private static Related withProgram(Related also, String id) {
        return new Related(also.staffIds(), also.catalogItemIds(), Stream.concat(also.records().stream(),
                Stream.of(new com.clinic.platform.port.AggregateStore.Ref<>(ProgramKind.PROGRAM, id))).toList());
    }

    List<String> landed(List<String> keys, String field) {
        return IntStream.range(0, keys.size()).mapToObj(i -> files.landed(keys.get(i), field + "[" + i + "]").key())
                .toList();
    }

    static void herself(Course c, Actor actor) {
        if (!actor.id().equals(c.customer().id())) {
            throw new Forbidden("only the customer herself uploads these");
        }
    }

    static void herselfOrTeam(Course c, Actor actor, String what) {
        if (!actor.id().equals(c.customer().id()) && !c.team().isMember(actor.id())) {
            throw new Forbidden("the customer, or a member of her team, " + what);
        }
    }

    /** Named policy: the coaching seat the actor holds in the program (head or assistant), else refused. */
    static Team.Seat coach(Course c, Actor actor, String what) {
        return AfterPlan.REVIEWERS.stream().filter(s -> seatedIn(c, s, actor)).findFirst()
                .orElseThrow(() -> new Forbidden("only this program's coaches " + what));
    }

    /** Named policy: only the member in the seat (invited and accepted) takes the seat's steps. */
    static void seated(Course c, Actor actor, Team.Seat seat, String what) {
        if (!seatedIn(c, seat, actor)) {
            throw new Forbidden("only this program's " + seat.label() + " " + what);
        }
    }

    private static boolean seatedIn(Course c, Team.Seat seat, Actor actor) {
        return c.team().member(seat).map(m -> m.id().equals(actor.id())).orElse(false);
    }
}
