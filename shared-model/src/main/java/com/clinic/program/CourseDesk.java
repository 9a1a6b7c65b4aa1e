package com.clinic.program;

import com.clinic.journey.StaffPicks;
import com.clinic.journey.visit.Forms.ReasonForm;
import com.clinic.platform.Actor;
import com.clinic.platform.Forbidden;
import com.clinic.platform.Refused;
import com.clinic.platform.Role;
import com.clinic.platform.command.Commands;
import com.clinic.platform.command.Decision;
import com.clinic.platform.command.Outcome;
import com.clinic.platform.port.AggregateStore.Related;
import com.clinic.platform.port.IdempotencyKey;
import com.clinic.platform.port.TimerScheduler.Timer;
import com.clinic.platform.timer.TimerFired;
import com.clinic.platform.timer.TimerKind;
import com.clinic.platform.timer.Timers;
import com.clinic.program.CourseForms.CallForm;
import com.clinic.program.CourseForms.HeldForm;
import com.clinic.program.CourseForms.NotesForm;
import com.clinic.program.CourseForms.PauseForm;
import com.clinic.program.CourseForms.StartForm;
import com.clinic.program.CourseForms.SurveyForm;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * The 49 days and after, as the team and the customer act on them: the video calls (H-13, H-17, H-20), the start
 * date, a day's pause on symptoms (H-16), the end with its survey (H-18), a stop; and the day events (T-04…T-10),
 * each armed as a one-time timer when its anchor is known — T-04 and T-05 with the start, the after-plan ones
 * with the end — and cancelled, all of them, with a stop.
 */
public final class CourseDesk {
    /** The day events a start arms (anchored on day 1). */
    static final List<TimerKind> FROM_START = List.of(TimerKind.WEEK_3_CALL, TimerKind.PLAN_END);
    /** The day events an end arms (anchored on the day marked ended). */
    static final List<TimerKind> FROM_END = List.of(TimerKind.FINAL_CALL, TimerKind.POST_PLAN,
            TimerKind.RECHECK_REPORT, TimerKind.RECHECK_REMINDER, TimerKind.SECOND_EVALUATION);

    private final Commands<Program, ProgramEvent> programs;
    private final ProgramDeadlines deadlines;
    private final Timers timers;

    public CourseDesk(Commands<Program, ProgramEvent> programs, ProgramDeadlines deadlines, Timers timers) {
        this.programs = programs;
        this.deadlines = deadlines;
        this.timers = timers;
    }

    public Instant now() {
        return programs.now();
    }

    /** H-13/H-17/H-20 the program's head coach books video call {@code n} (If-Match); the customer is told. */
    public Outcome<Program> bookCall(Actor actor, String id, int n, Long version, CallForm form, IdempotencyKey key) {
        CallForm valid = StaffPicks.require(form).validate();
        Instant now = programs.now();
        return closing(now, programs.change(actor, id, version, key, Related.NONE, (p, loaded) -> {
            seated(p, actor, Team.Seat.HEAD_COACH, "books the video calls");
            return p.bookCall(n, valid.time(), valid.channel(), actor.ref(), now);
        }, Commands::noTimers));
    }

    /**
     * The customer cannot come (she says so in the app, or a team member records it): the head coach owes a new
     * time within 2 h (If-Match).
     */
    public Outcome<Program> cancelCall(Actor actor, String id, int n, Long version, ReasonForm form,
                                       IdempotencyKey key) {
        String reason = StaffPicks.require(form).validate();
        Instant now = programs.now();
        return programs.change(actor, id, version, key, Related.NONE, (p, loaded) -> {
            boolean herself = actor.hasAny(Role.CUSTOMER) && actor.id().equals(p.order().customerId());
            if (!herself && !p.team().isMember(actor.id())) {
                throw new Forbidden("the customer, or a member of her team on her word, cancels a call");
            }
            return p.cancelCall(n, reason, actor.ref(), now, deadlines.from(now));
        }, accepted -> deadlines.arm(accepted.after(), now));
    }

    /** The program's assistant coach records the customer's questions and needs on call {@code n} (If-Match). */
    public Outcome<Program> noteCall(Actor actor, String id, int n, Long version, NotesForm form,
                                     IdempotencyKey key) {
        NotesForm given = StaffPicks.require(form);
        Instant now = programs.now();
        return decide(actor, id, version, key, Team.Seat.ASSISTANT_COACH, "records the customer's questions",
                p -> p.noteCall(n, given.validate(actor.ref(), now)));
    }

    /** The program's head coach marks call {@code n} held (If-Match). */
    public Outcome<Program> holdCall(Actor actor, String id, int n, Long version, HeldForm form, IdempotencyKey key) {
        HeldForm given = StaffPicks.require(form);
        Instant now = programs.now();
        return decide(actor, id, version, key, Team.Seat.HEAD_COACH, "marks the calls held",
                p -> p.holdCall(n, given.validate(actor.ref(), now)));
    }

    /** The head coach sets day 1 (If-Match); T-04 and T-05 are armed on it. */
    public Outcome<Program> start(Actor actor, String id, Long version, StartForm form, IdempotencyKey key) {
        var date = StaffPicks.require(form).validate();
        Instant now = programs.now();
        return programs.change(actor, id, version, key, Related.NONE, (p, loaded) -> {
            seated(p, actor, Team.Seat.HEAD_COACH, "sets the start date");
            return p.begin(date, actor.ref(), now);
        }, accepted -> dayTimers(accepted.after(), FROM_START));
    }

    /**
     * The plan is stopped (the program's head coach, or the admin) (If-Match): every timer armed for it — day
     * events and deadlines — is cancelled, and one that fires anyway finds the plan stopped.
     */
    public Outcome<Program> stop(Actor actor, String id, Long version, ReasonForm form, IdempotencyKey key) {
        String reason = StaffPicks.require(form).validate();
        Instant now = programs.now();
        Outcome<Program> outcome = programs.change(actor, id, version, key, Related.NONE, (p, loaded) -> {
            if (!actor.hasAny(Role.ADMIN)) {
                seated(p, actor, Team.Seat.HEAD_COACH, "(or the admin) stops the plan");
            }
            return p.stopPlan(reason, actor.ref(), now);
        }, Commands::noTimers);
        timers.cancelAll(TimerKind.Subject.PROGRAM, outcome.value().id());
        return outcome;
    }

    /** H-16 the head coach pauses today's plan on the customer's symptoms (If-Match); its dates stay. */
    public Outcome<Program> pause(Actor actor, String id, Long version, PauseForm form, IdempotencyKey key) {
        PauseForm valid = StaffPicks.require(form).validate();
        Instant now = programs.now();
        return decide(actor, id, version, key, Team.Seat.HEAD_COACH, "pauses the day's plan",
                p -> p.pauseDay(valid.symptoms(), valid.reason(), actor.ref(), now));
    }

    /** H-16 today's paused plan goes on (If-Match). */
    public Outcome<Program> resume(Actor actor, String id, Long version, IdempotencyKey key) {
        Instant now = programs.now();
        return decide(actor, id, version, key, Team.Seat.HEAD_COACH, "resumes the day's plan",
                p -> p.resumeDay(actor.ref(), now));
    }

    /** H-18 the program's customer service marks the plan ended (If-Match); the after-plan events are armed. */
    public Outcome<Program> end(Actor actor, String id, Long version, IdempotencyKey key) {
        Instant now = programs.now();
        return programs.change(actor, id, version, key, Related.NONE, (p, loaded) -> {
            seated(p, actor, Team.Seat.CUSTOMER_SERVICE, "marks the plan ended");
            return p.endPlan(actor.ref(), now);
        }, accepted -> dayTimers(accepted.after(), FROM_END));
    }

    /** H-18 the customer answers the survey in the app (If-Match). */
    public Outcome<Program> answerSurvey(Actor actor, String id, Long version, SurveyForm form, IdempotencyKey key) {
        Course.Answer answer = StaffPicks.require(form).validate(programs.now());
        return programs.change(actor, id, version, key, p -> p.answerSurvey(answer, actor));
    }

    /** H-18 she will not fill it in: the program's customer service records it (If-Match). */
    public Outcome<Program> surveyRefused(Actor actor, String id, Long version, ReasonForm form, IdempotencyKey key) {
        String reason = StaffPicks.require(form).validate();
        Instant now = programs.now();
        return decide(actor, id, version, key, Team.Seat.CUSTOMER_SERVICE, "records a refused survey",
                p -> p.surveyRefused(new Course.Refusal(reason, actor.ref(), now)));
    }

    /**
     * T-04…T-10 fired: the program as it is now decides (a stopped plan, one not yet ended, or an event handled
     * before changes nothing); true when the event was acted on.
     */
    public boolean fire(TimerFired fired) {
        if (fired.kind().subject() != TimerKind.Subject.PROGRAM || fired.kind().anchor() != TimerKind.Anchor.PLAN_START
                && fired.kind().anchor() != TimerKind.Anchor.PLAN_END) {
            throw new IllegalArgumentException("not a day event of a plan: " + fired);
        }
        Instant now = programs.now();
        Program p = programs.get(fired.subjectId());
        if (p.dayEvent(fired.kind(), fired.occurrence(), now) instanceof Decision.Rejected<Program, ProgramEvent>) {
            return false;
        }
        try {
            programs.changeAs(Actor.SYSTEM, p, x -> x.dayEvent(fired.kind(), fired.occurrence(), now));
            return true;
        } catch (Refused handledMeanwhile) {
            return false;
        }
    }

    /** A command of the course taken by the member holding {@code seat} in the program's team. */
    private Outcome<Program> decide(Actor actor, String id, Long version, IdempotencyKey key, Team.Seat seat,
                                    String what, Function<Program, Decision<Program, ProgramEvent>> step) {
        return programs.change(actor, id, version, key, Related.NONE, (p, loaded) -> {
            seated(p, actor, seat, what);
            return step.apply(p);
        }, Commands::noTimers);
    }

    /** Named policy: only the member in the seat (invited and accepted) takes the seat's steps. */
    private static void seated(Program p, Actor actor, Team.Seat seat, String what) {
        if (!p.seated(seat, actor.id())) {
            throw new Forbidden("only this program's " + seat.label() + " " + what);
        }
    }

    /** The day events of the plan as it now stands, armed once each. */
    private List<Timer> dayTimers(Program p, List<TimerKind> kinds) {
        PlanDays days = p.course().days().orElseThrow();
        return timers.arm(kinds.stream().map(k -> new Timer(k, p.id(), 1, days.due(k))).toList());
    }

    /** The answer, once the timer of the deadline the step closed (a rebooking's) is cancelled. */
    private Outcome<Program> closing(Instant now, Outcome<Program> outcome) {
        deadlines.cancelClosed(outcome.value(), now);
        return outcome;
    }
}
