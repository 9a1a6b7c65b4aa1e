package com.clinic.program.course;

import com.clinic.journey.Files;
import com.clinic.journey.UploadTicket;
import com.clinic.journey.visit.Forms.FileKind;
import com.clinic.journey.visit.Forms.ReasonForm;
import com.clinic.journey.visit.Forms.UploadForm;
import com.clinic.platform.Actor;
import com.clinic.platform.Check;
import com.clinic.platform.Forbidden;
import com.clinic.platform.Refused;
import com.clinic.platform.Role;
import com.clinic.platform.command.Change;
import com.clinic.platform.command.Commands;
import com.clinic.platform.command.Decision;
import com.clinic.platform.command.Decision.Accepted;
import com.clinic.platform.command.Outcome;
import com.clinic.platform.port.AggregateStore.Effects;
import com.clinic.platform.port.AggregateStore.Related;
import com.clinic.platform.port.FileStore.Presigned;
import com.clinic.platform.port.IdGenerator;
import com.clinic.platform.port.IdempotencyKey;
import com.clinic.platform.port.TimerScheduler.Timer;
import com.clinic.platform.timer.TimerFired;
import com.clinic.platform.timer.TimerKind;
import com.clinic.platform.timer.Timers;
import com.clinic.printing.PrintJob;
import com.clinic.printing.PrintKind;
import com.clinic.printing.PrintService;
import com.clinic.program.archive.ArchiveKind;
import com.clinic.program.archive.Archives;
import com.clinic.program.archive.HealthArchive;
import com.clinic.program.PlanDays;
import com.clinic.program.Program;
import com.clinic.program.ProgramDeadlines;
import com.clinic.program.ProgramEvent;
import com.clinic.program.ProgramKind;
import com.clinic.program.readings.Readings;
import com.clinic.program.readings.Results;
import com.clinic.program.Team;
import com.clinic.program.course.CourseForms.CallForm;
import com.clinic.program.course.CourseForms.EvaluationForm;
import com.clinic.program.course.CourseForms.GuidanceForm;
import com.clinic.program.course.CourseForms.HeldForm;
import com.clinic.program.course.CourseForms.NotesForm;
import com.clinic.program.course.CourseForms.PauseForm;
import com.clinic.program.course.CourseForms.PhotosForm;
import com.clinic.program.course.CourseForms.ReportForm;
import com.clinic.program.course.CourseForms.ReviewForm;
import com.clinic.program.course.CourseForms.StartForm;
import com.clinic.program.course.CourseForms.SummaryForm;
import com.clinic.program.course.CourseForms.SurveyForm;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The 49 days and after, as the team and the customer act on them, each step on the course's own version (If-Match:
 * the course's ETag): the video calls (H-13, H-17, H-20), the start date, the device guidance (H-15), a day's pause on
 * symptoms (H-16), the end with its survey (H-18), a stop, the after-plan steps; and the day events (T-04…T-10),
 * each armed as a one-time timer when its anchor is known — T-04 and T-05 with the start, the after-plan ones with
 * the end — and cancelled, all of them, with a stop. The program follows the course's milestones in the same
 * transaction (its stage, the plan's days, the deadlines it keeps), so the office's steps on the program and the
 * coaches' on the course do not stand in each other's way.
 */
public final class CourseDesk {
    /** The day events a start arms (anchored on day 1). */
    static final List<TimerKind> FROM_START = List.of(TimerKind.WEEK_3_CALL, TimerKind.PLAN_END);
    /** The day events an end arms (anchored on the day marked ended). */
    static final List<TimerKind> FROM_END = List.of(TimerKind.FINAL_CALL, TimerKind.POST_PLAN,
            TimerKind.RECHECK_REPORT, TimerKind.RECHECK_REMINDER, TimerKind.SECOND_EVALUATION,
            TimerKind.EVALUATION_REMINDER);

    private final Commands<Course, CourseEvent> courses;
    private final Commands<Program, ProgramEvent> programs;
    private final ProgramDeadlines deadlines;
    private final Timers timers;
    private final Files files;
    private final Readings.ReadingLog readings;
    private final Archives.ReadLog reads;
    private final PrintService printing;
    private final IdGenerator ids;

    public CourseDesk(Commands<Course, CourseEvent> courses, Commands<Program, ProgramEvent> programs,
                      ProgramDeadlines deadlines, Timers timers, Files files, Readings.ReadingLog readings,
                      Archives.ReadLog reads, PrintService printing, IdGenerator ids) {
        this.courses = courses;
        this.programs = programs;
        this.deadlines = deadlines;
        this.timers = timers;
        this.files = files;
        this.readings = readings;
        this.reads = reads;
        this.printing = printing;
        this.ids = ids;
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
        return seated(actor, id, version, key, Team.Seat.HEAD_COACH, "books the video calls",
                (c, now) -> c.book(n, valid.time(), valid.channel(), actor.ref(), now));
    }

    /**
     * The customer cannot come (she says so in the app, or a team member records it): the head coach owes a new
     * time within 2 h.
     */
    public Outcome<Course> cancelCall(Actor actor, String id, int n, Long version, ReasonForm form,
                                      IdempotencyKey key) {
        String reason = Check.body(form).validate();
        return step(actor, id, version, key, (c, now) -> {
            herselfOrTeam(c, actor, "on her word, cancels a call");
            return c.cancel(n, reason, actor.ref(), now);
        });
    }

    /** The program's assistant coach records the customer's questions and needs on call {@code n}. */
    public Outcome<Course> noteCall(Actor actor, String id, int n, Long version, NotesForm form, IdempotencyKey key) {
        NotesForm given = Check.body(form);
        return seated(actor, id, version, key, Team.Seat.ASSISTANT_COACH, "records the customer's questions",
                (c, now) -> c.note(n, given.validate(actor.ref(), now)));
    }

    /** The program's head coach marks call {@code n} held. */
    public Outcome<Course> holdCall(Actor actor, String id, int n, Long version, HeldForm form, IdempotencyKey key) {
        HeldForm given = Check.body(form);
        return seated(actor, id, version, key, Team.Seat.HEAD_COACH, "marks the calls held",
                (c, now) -> c.hold(n, given.validate(actor.ref(), now)));
    }

    /** The head coach sets day 1; T-04 and T-05 are armed on it. */
    public Outcome<Course> start(Actor actor, String id, Long version, StartForm form, IdempotencyKey key) {
        var date = Check.body(form).validate();
        return step(actor, id, version, key, (c, now) -> {
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
        Outcome<Course> outcome = step(actor, id, version, key, (c, now) -> {
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
        return step(actor, id, version, key, Related.record(ArchiveKind.ARCHIVE, id), (c, loaded, now) -> {
            seated(c, actor, Team.Seat.ASSISTANT_COACH, "guides the devices");
            GuidanceForm.Valid v = given.validate(guidanceFolder(c),
                    phoneGuidance(loaded.related(ArchiveKind.ARCHIVE, id)));
            return c.guide(new Guidance(v.device(), v.method(), v.bound(), v.problem(),
                    landed(v.screenshotKeys(), "screenshotKeys"), actor.ref(), now));
        }, c -> List.of());
    }

    /**
     * H-15 异常处理: the admin records that a device whose binding failed was replaced (原则上 48 小时内); the
     * assistant coach is told to guide the new one, the customer that it is hers.
     */
    public Outcome<Course> replaceDevice(Actor actor, String id, Long version, CourseForms.ReplacementForm form,
                                         IdempotencyKey key) {
        CourseForms.ReplacementForm given = Check.body(form);
        return step(actor, id, version, key, (c, now) -> DeviceReplacements.replace(c, given.validate(actor.ref(),
                now)));
    }

    /** Named policy: her archive says she is {@link CourseForms#PHONE_GUIDANCE_AGE} or more (no age: not known to be). */
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
        return step(actor, id, version, key, (c, now) -> {
            herselfOrTeam(c, actor, "on her word, reports her symptoms");
            return c.reportSymptoms(new SymptomReport(valid.symptoms(), valid.since(), actor.ref(), now));
        });
    }

    /** H-16 the head coach pauses today's plan on the customer's symptoms; its dates stay. */
    public Outcome<Course> pause(Actor actor, String id, Long version, PauseForm form, IdempotencyKey key) {
        PauseForm valid = Check.body(form).validate();
        return seated(actor, id, version, key, Team.Seat.HEAD_COACH, "pauses the day's plan",
                (c, now) -> DayPauses.pause(c, valid.symptoms(), valid.reason(), actor.ref(), now));
    }

    /** H-16 today's paused plan goes on. */
    public Outcome<Course> resume(Actor actor, String id, Long version, IdempotencyKey key) {
        return seated(actor, id, version, key, Team.Seat.HEAD_COACH, "resumes the day's plan",
                (c, now) -> DayPauses.resume(c, actor.ref(), now));
    }

    /**
     * H-18 the program's customer service marks the plan ended; the after-plan events, the first service review
     * reminder (T-11) and the review deadline are armed.
     */
    public Outcome<Course> end(Actor actor, String id, Long version, IdempotencyKey key) {
        return step(actor, id, version, key, (c, now) -> {
            seated(c, actor, Team.Seat.CUSTOMER_SERVICE, "marks the plan ended");
            return c.end(actor.ref(), now);
        }, c -> dayTimers(c, FROM_END));
    }

    /** H-19 a coach of the program files the service review for their seat. */
    public Outcome<Course> review(Actor actor, String id, Long version, ReviewForm form, IdempotencyKey key) {
        ReviewForm given = Check.body(form);
        return step(actor, id, version, key, (c, now) -> AfterPlanSteps.review(c,
                given.validate(coach(c, actor, "review its service"), actor.ref(), now)));
    }

    /**
     * H-19 the head coach's 《服务总结报告》 over both reviews, printed as a PDF through the print queue (a retried
     * request finds the same job); for the program's staff, not its customer.
     */
    public Outcome<Course> summarize(Actor actor, String id, Long version, SummaryForm form, IdempotencyKey key) {
        String text = Check.body(form).validate();
        String jobId = key == null ? ids.newId() : key.recordId("service-summary");
        Outcome<Course> outcome = seated(actor, id, version, key, Team.Seat.HEAD_COACH, "writes the summary report",
                (c, now) -> AfterPlanSteps.summarize(c, new AfterPlan.Summary(text, actor.ref(), now, jobId)));
        Course c = outcome.value();
        printing.requestDocument(actor, c.after().summary().pdfJobId(), PrintKind.SERVICE_SUMMARY, c.id(),
                CourseReports.serviceSummary(c, results(c)));
        return outcome;
    }

    /**
     * H-19 the coaches' reviews in full, for the team (its members), the health managers and the super admin; the
     * customer and anyone else are answered as for no program.
     */
    public List<AfterPlan.Review> reviews(Actor actor, String id) {
        Course c = courses.visible(actor, id);
        if (!c.team().isMember(actor.id()) && !actor.hasAny(Role.HEALTH_MANAGER, Role.SUPER_ADMIN)) {
            throw courses.notFound(id);
        }
        return c.after().reviews();
    }

    /** H-21: where the customer uploads a post-plan photo. */
    public UploadTicket photoUpload(Actor actor, String id, UploadForm form) {
        return files.uploadUnder(photoFolder(herOwn(actor, id)), FileKind.PHOTO, form);
    }

    /** H-21 the customer's post-plan photos, each checked to be in storage. */
    public Outcome<Course> submitPhotos(Actor actor, String id, Long version, PhotosForm form, IdempotencyKey key) {
        PhotosForm given = Check.body(form);
        return step(actor, id, version, key, (c, now) -> {
            herself(c, actor);
            return AfterPlanSteps.postPlanPhotos(c, new AfterPlan.Photos(landed(given.validate(photoFolder(c)),
                    "photoKeys"), null, actor.ref(), now));
        });
    }

    /** H-21 异常处理: she would rather not (herself in the app, or a member of her team on her word). */
    public Outcome<Course> refusePhotos(Actor actor, String id, Long version, ReasonForm form, IdempotencyKey key) {
        String reason = Check.body(form).validate();
        return step(actor, id, version, key, (c, now) -> {
            herselfOrTeam(c, actor, "records that she will not upload photos");
            return AfterPlanSteps.postPlanPhotos(c, new AfterPlan.Photos(List.of(), reason, actor.ref(), now));
        });
    }

    /** H-21 the post-plan photos as presigned downloads, for the program's staff and its customer. */
    public List<Presigned> photos(Actor actor, String id) {
        AfterPlan.Photos photos = courses.visible(actor, id).after().photos();
        return photos == null ? List.of() : photos.keys().stream().map(files::download).toList();
    }

    /** H-23: where the customer uploads her re-check report (a PDF, or pictures of its pages). */
    public UploadTicket reportUpload(Actor actor, String id, UploadForm form) {
        return files.uploadUnder(reportFolder(herOwn(actor, id)), FileKind.REPORT, form);
    }

    /** H-23 the customer files her re-check report; the end + 30 reminder is then skipped. */
    public Outcome<Course> submitReport(Actor actor, String id, Long version, ReportForm form, IdempotencyKey key) {
        ReportForm given = Check.body(form);
        return step(actor, id, version, key, (c, now) -> {
            herself(c, actor);
            return AfterPlanSteps.recheck(c, new AfterPlan.Recheck(landed(given.validate(reportFolder(c)),
                    "fileKeys"), now), actor.ref());
        });
    }

    /**
     * H-23 the re-check report (confidential): the health archive's readers and the customer get presigned
     * downloads, and each read is logged in the archive's read log; anyone else is answered as for no program.
     */
    public List<Presigned> report(Actor actor, String id) {
        Course c = courses.visible(actor, id);
        if (!HealthArchive.canRead(actor, c.customer().id())) {
            throw courses.notFound(id);
        }
        AfterPlan.Recheck r = c.after().recheck();
        if (r == null) {
            return List.of();
        }
        reads.record(new Archives.ArchiveRead(c.id(), actor.ref(), actor.roles().stream().map(Enum::name).sorted()
                .toList(), courses.now()));
        return r.keys().stream().map(files::download).toList();
    }

    /**
     * H-17 《数据趋势图》 for the call: the customer's readings so far drawn over the plan's days, printed as a PDF
     * through the print queue (each request a fresh picture; a retried one finds its job), for the program's service
     * roles and the customer.
     */
    public PrintJob trendChart(Actor actor, String id, IdempotencyKey key) {
        Course c = courses.visible(actor, id);
        if (c.start() == null) {
            throw new Refused("the trend chart draws the plan's days: the plan has not started");
        }
        String jobId = key == null ? ids.newId() : key.recordId("trend-chart");
        return printing.requestDocument(actor, jobId, PrintKind.TREND_CHART, c.id(),
                CourseReports.trendChart(c, allReadings(c)));
    }

    /** H-20 《方案期成果对比表》: start and end values with the change, for the program's staff and its customer. */
    public Results results(Actor actor, String id) {
        return results(courses.visible(actor, id));
    }

    /**
     * H-22 / H-24 a coach of the program writes evaluation {@code n} once it is due; the results it rests on (start,
     * end) and whether the re-check report is on file are recorded with it.
     */
    public Outcome<Course> evaluate(Actor actor, String id, int n, Long version, EvaluationForm form,
                                    IdempotencyKey key) {
        String assessment = Check.body(form).validate();
        return step(actor, id, version, key, (c, now) -> {
            coach(c, actor, "evaluate its customer");
            return AfterPlanSteps.evaluate(c, new AfterPlan.Evaluation(n, assessment, results(c),
                    c.after().recheck() != null, actor.ref(), now));
        });
    }

    /** H-18 the customer answers the survey in the app. */
    public Outcome<Course> answerSurvey(Actor actor, String id, Long version, SurveyForm form, IdempotencyKey key) {
        Survey.Answer answer = Check.body(form).validate(courses.now());
        return step(actor, id, version, key, (c, now) -> AfterPlanSteps.answer(c, answer, actor));
    }

    /** H-18 she will not fill it in: the program's customer service records it. */
    public Outcome<Course> surveyRefused(Actor actor, String id, Long version, ReasonForm form, IdempotencyKey key) {
        String reason = Check.body(form).validate();
        return seated(actor, id, version, key, Team.Seat.CUSTOMER_SERVICE, "records a refused survey",
                (c, now) -> AfterPlanSteps.refuseSurvey(c, new Survey.Refusal(reason, actor.ref(), now)));
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

    /** A step of the course the member holding {@code seat} in the program's team takes. */
    private Outcome<Course> seated(Actor actor, String id, Long version, IdempotencyKey key, Team.Seat seat,
                                   String what, BiFunction<Course, Instant, Decision<Course, CourseEvent>> decide) {
        return step(actor, id, version, key, (c, now) -> {
            seated(c, actor, seat, what);
            return decide.apply(c, now);
        });
    }

    private Outcome<Course> step(Actor actor, String id, Long version, IdempotencyKey key,
                                 BiFunction<Course, Instant, Decision<Course, CourseEvent>> decide) {
        return step(actor, id, version, key, decide, c -> List.of());
    }

    private Outcome<Course> step(Actor actor, String id, Long version, IdempotencyKey key,
                                 BiFunction<Course, Instant, Decision<Course, CourseEvent>> decide,
                                 Function<Course, List<Timer>> arm) {
        return step(actor, id, version, key, Related.NONE, (c, loaded, now) -> decide.apply(c, now), arm);
    }

    /** What a step decides with: the course, what was read with it, the time of the request. */
    @FunctionalInterface
    private interface Step {
        Decision<Course, CourseEvent> decide(Course c, com.clinic.platform.port.AggregateStore.Loaded<Course> loaded,
                                             Instant now);
    }

    /**
     * A step of the course on its version, read with its program (and whatever else it names): the timers the
     * accepted step arms, and the program following the course when a milestone moves it (its stage, its days,
     * the deadlines it keeps), go into the step's transaction; the timers of the deadlines it closed are cancelled
     * once it is written.
     */
    private Outcome<Course> step(Actor actor, String id, Long version, IdempotencyKey key, Related also, Step decide,
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

    private Results results(Course c) {
        PlanDays days = c.days().orElseThrow(() -> new Refused("the plan has not started"));
        return Results.of(allReadings(c), days);
    }

    /** Every reading of the program by metric, oldest first: one key range read, not one per metric. */
    private Map<Readings.Metric, List<Readings.Reading>> allReadings(Course c) {
        Map<Readings.Metric, List<Readings.Reading>> all = new EnumMap<>(Readings.Metric.class);
        readings.all(c.id()).forEach(r -> all.computeIfAbsent(r.metric(), m -> new java.util.ArrayList<>()).add(r));
        return all;
    }

    private List<String> landed(List<String> keys, String field) {
        return IntStream.range(0, keys.size()).mapToObj(i -> files.landed(keys.get(i), field + "[" + i + "]").key())
                .toList();
    }

    /** The course, when it is the signed-in customer's own (else 404). */
    private Course herOwn(Actor actor, String id) {
        Course c = courses.visible(actor, id);
        herself(c, actor);
        return c;
    }

    private static void herself(Course c, Actor actor) {
        if (!actor.id().equals(c.customer().id())) {
            throw new Forbidden("only the customer herself uploads these");
        }
    }

    private static void herselfOrTeam(Course c, Actor actor, String what) {
        if (!actor.id().equals(c.customer().id()) && !c.team().isMember(actor.id())) {
            throw new Forbidden("the customer, or a member of her team, " + what);
        }
    }

    static String photoFolder(Course c) {
        return "programs/" + c.id() + "/post-plan/";
    }

    static String guidanceFolder(Course c) {
        return "programs/" + c.id() + "/guidance/";
    }

    static String reportFolder(Course c) {
        return "programs/" + c.id() + "/recheck/";
    }

    /** Named policy: the coaching seat the actor holds in the program (head or assistant), else refused. */
    private static Team.Seat coach(Course c, Actor actor, String what) {
        return AfterPlan.REVIEWERS.stream().filter(s -> seatedIn(c, s, actor)).findFirst()
                .orElseThrow(() -> new Forbidden("only this program's coaches " + what));
    }

    /** Named policy: only the member in the seat (invited and accepted) takes the seat's steps. */
    private static void seated(Course c, Actor actor, Team.Seat seat, String what) {
        if (!seatedIn(c, seat, actor)) {
            throw new Forbidden("only this program's " + seat.label() + " " + what);
        }
    }

    private static boolean seatedIn(Course c, Team.Seat seat, Actor actor) {
        return c.team().member(seat).map(m -> m.id().equals(actor.id())).orElse(false);
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
}
