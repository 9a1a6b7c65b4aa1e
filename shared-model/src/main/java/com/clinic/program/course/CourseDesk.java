package com.clinic.program.course;

import static com.clinic.program.course.CourseSteps.herselfOrTeam;
import static com.clinic.program.course.CourseSteps.seated;

import com.clinic.journey.Files;
import com.clinic.journey.UploadTicket;
import com.clinic.journey.visit.Forms.FileKind;
import com.clinic.journey.visit.Forms.ReasonForm;
import com.clinic.journey.visit.Forms.UploadForm;
import com.clinic.platform.Actor;
import com.clinic.platform.Check;
import com.clinic.platform.Role;
import com.clinic.platform.command.Change;
import com.clinic.platform.command.Commands;
import com.clinic.platform.command.Decision.Accepted;
import com.clinic.platform.command.Outcome;
import com.clinic.platform.port.AggregateStore.Related;
import com.clinic.platform.port.IdempotencyKey;
import com.clinic.platform.port.TimerScheduler.Timer;
import com.clinic.platform.timer.TimerFired;
import com.clinic.platform.timer.TimerKind;
import com.clinic.platform.timer.Timers;
import com.clinic.program.PlanDays;
import com.clinic.program.Program;
import com.clinic.program.ProgramDeadlines;
import com.clinic.program.ProgramEvent;
import com.clinic.program.Team;
import com.clinic.program.archive.ArchiveKind;
import com.clinic.program.archive.HealthArchive;
import com.clinic.program.course.CourseForms.CallForm;
import com.clinic.program.course.CourseForms.GuidanceForm;
import com.clinic.program.course.CourseForms.HeldForm;
import com.clinic.program.course.CourseForms.NotesForm;
import com.clinic.program.course.CourseForms.PauseForm;
import com.clinic.program.course.CourseForms.StartForm;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The 49 days, as the team and the customer act on them, each step on the course's own version (If-Match: the
 * course's ETag): the video calls (H-13, H-17, H-20), the start date, the device guidance and a replaced device
 * (H-15), a day's pause on symptoms (H-16), the end (H-18), a stop; and the day events (T-04…T-10), each armed as a
 * one-time timer when its anchor is known — T-04 and T-05 with the start, the after-plan ones with the end — and
 * cancelled, all of them, with a stop. The program follows the course's milestones in the same transaction (its
 * stage, the plan's days, the deadlines it keeps), so the office's steps on the program and the coaches' on the
 * course do not stand in each other's way. What comes after the end is {@link AfterPlanDesk}'s.
 */
public final class CourseDesk {
    /** The day events a start arms (anchored on day 1). */
    static final List<TimerKind> FROM_START = List.of(TimerKind.WEEK_3_CALL, TimerKind.PLAN_END);
    /** The day events an end arms (anchored on the day marked ended). */
    static final List<TimerKind> FROM_END = List.of(TimerKind.FINAL_CALL, TimerKind.POST_PLAN,
            TimerKind.RECHECK_REPORT, TimerKind.RECHECK_REMINDER, TimerKind.SECOND_EVALUATION,
            TimerKind.EVALUATION_REMINDER);

    private final Commands<Course, CourseEvent> courses;
    private final CourseSteps steps;
    private final Timers timers;
    private final Files files;

    public CourseDesk(Commands<Course, CourseEvent> courses, Commands<Program, ProgramEvent> programs,
                      ProgramDeadlines deadlines, Timers timers, Files files) {
        this.courses = courses;
        this.steps = new CourseSteps(courses, programs, deadlines, files);
        this.timers = timers;
        this.files = files;
    }

    public Instant now() {
        return courses.now();
    }

    /** The course, for its program's staff and its customer (the program's need to know). */
    public Course get(Actor actor, String id) {
        return courses.visible(actor, id);
    }

    /** H-13/H-17/H-20 the program's head coach books video call {@code n}; the customer is told. */
    public Outcome<Course> bookCall(Actor actor, String id, int n, Long version, CallForm form, IdempotencyKey key) {
        CallForm valid = Check.body(form).validate();
        return steps.seated(actor, id, version, key, Team.Seat.HEAD_COACH, "books the video calls",
                (c, now) -> c.book(n, valid.time(), valid.channel(), actor.ref(), now));
    }

    /**
     * The customer cannot come (she says so in the app, or a team member records it): the head coach owes a new
     * time within 2 h.
     */
    public Outcome<Course> cancelCall(Actor actor, String id, int n, Long version, ReasonForm form,
                                      IdempotencyKey key) {
        String reason = Check.body(form).validate();
        return steps.step(actor, id, version, key, (c, now) -> {
            herselfOrTeam(c, actor, "on her word, cancels a call");
            return c.cancel(n, reason, actor.ref(), now);
        });
    }

    /** The program's assistant coach records the customer's questions and needs on call {@code n}. */
    public Outcome<Course> noteCall(Actor actor, String id, int n, Long version, NotesForm form, IdempotencyKey key) {
        NotesForm given = Check.body(form);
        return steps.seated(actor, id, version, key, Team.Seat.ASSISTANT_COACH, "records the customer's questions",
                (c, now) -> c.note(n, given.validate(actor.ref(), now)));
    }

    /** The program's head coach marks call {@code n} held. */
    public Outcome<Course> holdCall(Actor actor, String id, int n, Long version, HeldForm form, IdempotencyKey key) {
        HeldForm given = Check.body(form);
        return steps.seated(actor, id, version, key, Team.Seat.HEAD_COACH, "marks the calls held",
                (c, now) -> c.hold(n, given.validate(actor.ref(), now)));
    }

    /** The head coach sets day 1; T-04 and T-05 are armed on it. */
    public Outcome<Course> start(Actor actor, String id, Long version, StartForm form, IdempotencyKey key) {
        var date = Check.body(form).validate();
        return steps.step(actor, id, version, key, (c, now) -> {
            seated(c, actor, Team.Seat.HEAD_COACH, "sets the start date");
            return c.begin(date, actor.ref(), now);
        }, c -> dayTimers(c, FROM_START));
    }

    /**
     * The plan is stopped (the program's head coach, or the admin): every timer armed for it — day events and
     * deadlines — is cancelled, and one that fires anyway finds the plan stopped.
     */
    public Outcome<Course> stop(Actor actor, String id, Long version, ReasonForm form, IdempotencyKey key) {
        String reason = Check.body(form).validate();
        Outcome<Course> outcome = steps.step(actor, id, version, key, (c, now) -> {
            if (!actor.hasAny(Role.ADMIN)) {
                seated(c, actor, Team.Seat.HEAD_COACH, "(or the admin) stops the plan");
            }
            return c.stop(reason, actor.ref(), now);
        });
        timers.cancelAll(TimerKind.Subject.PROGRAM, outcome.value().id());
        return outcome;
    }

    /** H-15: where the program's assistant coach uploads a guidance screenshot for the service record. */
    public UploadTicket screenshotUpload(Actor actor, String id, UploadForm form) {
        Course c = courses.visible(actor, id);
        seated(c, actor, Team.Seat.ASSISTANT_COACH, "keeps the guidance screenshots");
        return files.uploadUnder(guidanceFolder(c), FileKind.PHOTO, form);
    }

    /**
     * H-15 the program's assistant coach records a device's guidance; a customer of
     * {@link CourseForms#PHONE_GUIDANCE_AGE} or more (her archive's age, read with the course) is guided by phone
     * with a screenshot kept. With both devices guided the 24 h deadline from receipt is done.
     */
    public Outcome<Course> guide(Actor actor, String id, Long version, GuidanceForm form, IdempotencyKey key) {
        GuidanceForm given = Check.body(form);
        return steps.step(actor, id, version, key, Related.record(ArchiveKind.ARCHIVE, id), (c, loaded, now) -> {
            seated(c, actor, Team.Seat.ASSISTANT_COACH, "guides the devices");
            GuidanceForm.Valid v = given.validate(guidanceFolder(c),
                    phoneGuidance(loaded.related(ArchiveKind.ARCHIVE, id)));
            return c.guide(new Guidance(v.device(), v.method(), v.bound(), v.problem(),
                    steps.landed(v.screenshotKeys(), "screenshotKeys"), actor.ref(), now));
        }, c -> List.of());
    }

    /**
     * H-15 异常处理: the admin records that a device whose binding failed was replaced (原则上 48 小时内); the
     * assistant coach is told to guide the new one, the customer that it is hers.
     */
    public Outcome<Course> replaceDevice(Actor actor, String id, Long version, CourseForms.ReplacementForm form,
                                         IdempotencyKey key) {
        CourseForms.ReplacementForm given = Check.body(form);
        return steps.step(actor, id, version, key, (c, now) -> DeviceReplacements.replace(c, given.validate(actor.ref(),
                now)));
    }

    /**
     * Named policy: her archive says she is {@link CourseForms#PHONE_GUIDANCE_AGE} or more (no age: not known to
     * be).
     */
    private static boolean phoneGuidance(Optional<HealthArchive> archive) {
        return archive.map(HealthArchive::assessment).map(HealthArchive.Assessment::age)
                .map(age -> age >= CourseForms.PHONE_GUIDANCE_AGE).orElse(false);
    }

    /**
     * H-16 客户反馈身体不适: the customer (in the app) or a member of her team on her word reports symptoms while the
     * plan runs; the head coach is told, to decide whether to pause the day.
     */
    public Outcome<Course> reportSymptoms(Actor actor, String id, Long version, CourseForms.SymptomsForm form,
                                          IdempotencyKey key) {
        CourseForms.SymptomsForm valid = Check.body(form).validate();
        return steps.step(actor, id, version, key, (c, now) -> {
            herselfOrTeam(c, actor, "on her word, reports her symptoms");
            return c.reportSymptoms(new SymptomReport(valid.symptoms(), valid.since(), actor.ref(), now));
        });
    }

    /** H-16 the head coach pauses today's plan on the customer's symptoms; its dates stay. */
    public Outcome<Course> pause(Actor actor, String id, Long version, PauseForm form, IdempotencyKey key) {
        PauseForm valid = Check.body(form).validate();
        return steps.seated(actor, id, version, key, Team.Seat.HEAD_COACH, "pauses the day's plan",
                (c, now) -> DayPauses.pause(c, valid.symptoms(), valid.reason(), actor.ref(), now));
    }

    /** H-16 today's paused plan goes on. */
    public Outcome<Course> resume(Actor actor, String id, Long version, IdempotencyKey key) {
        return steps.seated(actor, id, version, key, Team.Seat.HEAD_COACH, "resumes the day's plan",
                (c, now) -> DayPauses.resume(c, actor.ref(), now));
    }

    /**
     * H-18 the program's customer service marks the plan ended; the after-plan events, the first service review
     * reminder (T-11) and the review deadline are armed.
     */
    public Outcome<Course> end(Actor actor, String id, Long version, IdempotencyKey key) {
        return steps.step(actor, id, version, key, (c, now) -> {
            seated(c, actor, Team.Seat.CUSTOMER_SERVICE, "marks the plan ended");
            return c.end(actor.ref(), now);
        }, c -> dayTimers(c, FROM_END));
    }

    /**
     * T-04…T-10 fired: the course as it is now decides (a stopped plan, one not yet ended, or an event handled
     * before changes nothing); true when the event was acted on.
     */
    public boolean fire(TimerFired fired) {
        if (fired.kind().subject() != TimerKind.Subject.PROGRAM || fired.kind().anchor() != TimerKind.Anchor.PLAN_START
                && fired.kind().anchor() != TimerKind.Anchor.PLAN_END) {
            throw new IllegalArgumentException("not a day event of a plan: " + fired);
        }
        Instant now = fired.scheduledAt();
        Change<Course, CourseEvent> fire = Change.of(c -> c.fire(fired.kind(), fired.occurrence(), now));
        return courses.apply(Actor.SYSTEM, courses.get(fired.subjectId()),
                fire.arming(accepted -> nextReminder(accepted.after(), fired))) instanceof Accepted;
    }

    /** T-11 fired and a review still owed: the next reminder, 3 days on, while fewer than three were sent. */
    private List<Timer> nextReminder(Course c, TimerFired fired) {
        if (fired.kind() != TimerKind.EVALUATION_REMINDER || fired.occurrence() >= Course.EVALUATION_REMINDERS) {
            return List.of();
        }
        int n = fired.occurrence() + 1;
        return List.of(new Timer(fired.kind(), c.id(), n, c.days().orElseThrow().due(fired.kind(), n)));
    }

    /** The day events of the plan as it now stands, armed once each. */
    private List<Timer> dayTimers(Course c, List<TimerKind> kinds) {
        PlanDays days = c.days().orElseThrow();
        return kinds.stream().map(k -> new Timer(k, c.id(), 1, days.due(k))).toList();
    }

    static String guidanceFolder(Course c) {
        return "programs/" + c.id() + "/guidance/";
    }
}
