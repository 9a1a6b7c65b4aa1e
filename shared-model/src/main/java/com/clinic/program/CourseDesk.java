package com.clinic.program;

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
import com.clinic.platform.command.Commands;
import com.clinic.platform.command.Decision;
import com.clinic.platform.command.Outcome;
import com.clinic.platform.port.AggregateStore.Related;
import com.clinic.platform.port.FileStore.Presigned;
import com.clinic.platform.port.IdGenerator;
import com.clinic.platform.port.IdempotencyKey;
import com.clinic.platform.port.TimerScheduler.Timer;
import com.clinic.platform.timer.TimerFired;
import com.clinic.platform.timer.TimerKind;
import com.clinic.platform.timer.Timers;
import com.clinic.printing.PrintKind;
import com.clinic.printing.PrintService;
import com.clinic.program.CourseForms.CallForm;
import com.clinic.program.CourseForms.EvaluationForm;
import com.clinic.program.CourseForms.GuidanceForm;
import com.clinic.program.CourseForms.HeldForm;
import com.clinic.program.CourseForms.NotesForm;
import com.clinic.program.CourseForms.PauseForm;
import com.clinic.program.CourseForms.PhotosForm;
import com.clinic.program.CourseForms.ReportForm;
import com.clinic.program.CourseForms.ReviewForm;
import com.clinic.program.CourseForms.StartForm;
import com.clinic.program.CourseForms.SummaryForm;
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
            TimerKind.RECHECK_REPORT, TimerKind.RECHECK_REMINDER, TimerKind.SECOND_EVALUATION,
            TimerKind.EVALUATION_REMINDER);

    private final Commands<Program, ProgramEvent> programs;
    private final ProgramDeadlines deadlines;
    private final Timers timers;
    private final Files files;
    private final Readings.ReadingLog readings;
    private final Archives.ReadLog reads;
    private final PrintService printing;
    private final IdGenerator ids;

    public CourseDesk(Commands<Program, ProgramEvent> programs, ProgramDeadlines deadlines, Timers timers,
                      Files files, Readings.ReadingLog readings, Archives.ReadLog reads, PrintService printing,
                      IdGenerator ids) {
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
        return programs.now();
    }

    /** H-13/H-17/H-20 the program's head coach books video call {@code n} (If-Match); the customer is told. */
    public Outcome<Program> bookCall(Actor actor, String id, int n, Long version, CallForm form, IdempotencyKey key) {
        CallForm valid = Check.body(form).validate();
        Instant now = programs.now();
        return closing(now, decide(actor, id, version, key, Team.Seat.HEAD_COACH, "books the video calls",
                p -> p.bookCall(n, valid.time(), valid.channel(), actor.ref(), now)));
    }

    /**
     * The customer cannot come (she says so in the app, or a team member records it): the head coach owes a new
     * time within 2 h (If-Match).
     */
    public Outcome<Program> cancelCall(Actor actor, String id, int n, Long version, ReasonForm form,
                                       IdempotencyKey key) {
        String reason = Check.body(form).validate();
        Instant now = programs.now();
        return programs.change(actor, id, version, key, Related.NONE, (p, loaded) -> {
            herselfOrTeam(p, actor, "on her word, cancels a call");
            return p.cancelCall(n, reason, actor.ref(), now, deadlines.from(now));
        }, accepted -> deadlines.arm(accepted.after(), now));
    }

    /** The program's assistant coach records the customer's questions and needs on call {@code n} (If-Match). */
    public Outcome<Program> noteCall(Actor actor, String id, int n, Long version, NotesForm form,
                                     IdempotencyKey key) {
        NotesForm given = Check.body(form);
        Instant now = programs.now();
        return decide(actor, id, version, key, Team.Seat.ASSISTANT_COACH, "records the customer's questions",
                p -> p.noteCall(n, given.validate(actor.ref(), now)));
    }

    /** The program's head coach marks call {@code n} held (If-Match). */
    public Outcome<Program> holdCall(Actor actor, String id, int n, Long version, HeldForm form, IdempotencyKey key) {
        HeldForm given = Check.body(form);
        Instant now = programs.now();
        return decide(actor, id, version, key, Team.Seat.HEAD_COACH, "marks the calls held",
                p -> p.holdCall(n, given.validate(actor.ref(), now)));
    }

    /** The head coach sets day 1 (If-Match); T-04 and T-05 are armed on it. */
    public Outcome<Program> start(Actor actor, String id, Long version, StartForm form, IdempotencyKey key) {
        var date = Check.body(form).validate();
        Instant now = programs.now();
        return decide(actor, id, version, key, Team.Seat.HEAD_COACH, "sets the start date",
                p -> p.begin(date, actor.ref(), now), accepted -> dayTimers(accepted.after(), FROM_START));
    }

    /**
     * The plan is stopped (the program's head coach, or the admin) (If-Match): every timer armed for it — day
     * events and deadlines — is cancelled, and one that fires anyway finds the plan stopped.
     */
    public Outcome<Program> stop(Actor actor, String id, Long version, ReasonForm form, IdempotencyKey key) {
        String reason = Check.body(form).validate();
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

    /** H-15: where the program's assistant coach uploads a guidance screenshot for the service record. */
    public UploadTicket screenshotUpload(Actor actor, String id, UploadForm form) {
        Program p = programs.visible(actor, id);
        seated(p, actor, Team.Seat.ASSISTANT_COACH, "keeps the guidance screenshots");
        return files.uploadUnder(guidanceFolder(p), FileKind.PHOTO, form);
    }

    /**
     * H-15 the program's assistant coach records a device's guidance (If-Match); a customer of
     * {@link CourseForms#PHONE_GUIDANCE_AGE} or more (her archive's age, read with the program) is guided by phone with a
     * screenshot kept.
     * With both devices guided the 24 h deadline from receipt is done.
     */
    public Outcome<Program> guide(Actor actor, String id, Long version, GuidanceForm form, IdempotencyKey key) {
        GuidanceForm given = Check.body(form);
        Instant now = programs.now();
        return closing(now, programs.change(actor, id, version, key, Related.record(ArchiveKind.ARCHIVE, id),
                (p, loaded) -> {
                    seated(p, actor, Team.Seat.ASSISTANT_COACH, "guides the devices");
                    GuidanceForm.Valid v = given.validate(guidanceFolder(p),
                            phoneGuidance(loaded.related(ArchiveKind.ARCHIVE, id)));
                    return p.guideDevice(new Course.Guidance(v.device(), v.method(), v.bound(), v.problem(),
                            landed(v.screenshotKeys(), "screenshotKeys"), actor.ref(), now));
                }, Commands::noTimers));
    }

    /** Named policy: her archive says she is {@link CourseForms#PHONE_GUIDANCE_AGE} or more (no age: not known to be). */
    private static boolean phoneGuidance(java.util.Optional<HealthArchive> archive) {
        return archive.map(HealthArchive::assessment).map(HealthArchive.Assessment::age)
                .map(age -> age >= CourseForms.PHONE_GUIDANCE_AGE).orElse(false);
    }

    /**
     * H-16 客户反馈身体不适: the customer (in the app) or a member of her team on her word reports symptoms while the
     * plan runs (If-Match); the head coach is told, to decide whether to pause the day.
     */
    public Outcome<Program> reportSymptoms(Actor actor, String id, Long version, CourseForms.SymptomsForm form,
                                           IdempotencyKey key) {
        CourseForms.SymptomsForm valid = Check.body(form).validate();
        Instant now = programs.now();
        return programs.change(actor, id, version, key, Related.NONE, (p, loaded) -> {
            herselfOrTeam(p, actor, "on her word, reports her symptoms");
            return p.reportSymptoms(new Course.SymptomReport(valid.symptoms(), valid.since(), actor.ref(), now));
        }, Commands::noTimers);
    }

    /** H-16 the head coach pauses today's plan on the customer's symptoms (If-Match); its dates stay. */
    public Outcome<Program> pause(Actor actor, String id, Long version, PauseForm form, IdempotencyKey key) {
        PauseForm valid = Check.body(form).validate();
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

    /**
     * H-18 the program's customer service marks the plan ended (If-Match); the after-plan events, the first service
     * review reminder (T-11) and the review deadline are armed.
     */
    public Outcome<Program> end(Actor actor, String id, Long version, IdempotencyKey key) {
        Instant now = programs.now();
        return decide(actor, id, version, key, Team.Seat.CUSTOMER_SERVICE, "marks the plan ended",
                p -> p.endPlan(actor.ref(), now, deadlines.from(now)),
                accepted -> java.util.stream.Stream.concat(dayTimers(accepted.after(), FROM_END).stream(),
                        deadlines.arm(accepted.after(), now).stream()).toList());
    }

    /** H-19 a coach of the program files the service review for their seat (If-Match). */
    public Outcome<Program> review(Actor actor, String id, Long version, ReviewForm form, IdempotencyKey key) {
        ReviewForm given = Check.body(form);
        Instant now = programs.now();
        return closing(now, programs.change(actor, id, version, key, Related.NONE, (p, loaded) -> {
            return p.reviewService(given.validate(coach(p, actor, "review its service"), actor.ref(), now));
        }, Commands::noTimers));
    }

    /**
     * H-19 the head coach's 《服务总结报告》 over both reviews (If-Match), printed as a PDF through the print queue
     * (a retried request finds the same job); for the program's staff, not its customer.
     */
    public Outcome<Program> summarize(Actor actor, String id, Long version, SummaryForm form, IdempotencyKey key) {
        String text = Check.body(form).validate();
        String jobId = key == null ? ids.newId() : key.recordId("service-summary");
        Instant now = programs.now();
        Outcome<Program> outcome = decide(actor, id, version, key, Team.Seat.HEAD_COACH, "writes the summary report",
                p -> p.summarizeService(new AfterPlan.Summary(text, actor.ref(), now, jobId)));
        Program p = outcome.value();
        printing.requestDocument(actor, p.course().after().summary().pdfJobId(), PrintKind.SERVICE_SUMMARY, p.id(),
                CourseReports.serviceSummary(p, results(p)));
        return outcome;
    }

    /**
     * H-19 the coaches' reviews in full, for the team (its members), the health managers and the super admin; the
     * customer and anyone else are answered as for no program.
     */
    public List<AfterPlan.Review> reviews(Actor actor, String id) {
        Program p = programs.visible(actor, id);
        if (!p.team().isMember(actor.id()) && !actor.hasAny(Role.HEALTH_MANAGER, Role.SUPER_ADMIN)) {
            throw programs.notFound(id);
        }
        return p.course().after().reviews();
    }

    /** H-21: where the customer uploads a post-plan photo. */
    public UploadTicket photoUpload(Actor actor, String id, UploadForm form) {
        return files.uploadUnder(photoFolder(herOwn(actor, id)), FileKind.PHOTO, form);
    }

    /** H-21 the customer's post-plan photos, each checked to be in storage (If-Match). */
    public Outcome<Program> submitPhotos(Actor actor, String id, Long version, PhotosForm form, IdempotencyKey key) {
        PhotosForm given = Check.body(form);
        return filed(actor, id, version, key, p -> landed(given.validate(photoFolder(p)), "photoKeys"),
                (p, keys) -> p.postPlanPhotos(new AfterPlan.Photos(keys, null, actor.ref(), programs.now())));
    }

    /** H-21 异常处理: she would rather not (herself in the app, or a member of her team on her word) (If-Match). */
    public Outcome<Program> refusePhotos(Actor actor, String id, Long version, ReasonForm form, IdempotencyKey key) {
        String reason = Check.body(form).validate();
        Instant now = programs.now();
        return programs.change(actor, id, version, key, Related.NONE, (p, loaded) -> {
            herselfOrTeam(p, actor, "records that she will not upload photos");
            return p.postPlanPhotos(new AfterPlan.Photos(List.of(), reason, actor.ref(), now));
        }, Commands::noTimers);
    }

    /** H-21 the post-plan photos as presigned downloads, for the program's staff and its customer. */
    public List<Presigned> photos(Actor actor, String id) {
        AfterPlan.Photos photos = programs.visible(actor, id).course().after().photos();
        return photos == null ? List.of() : photos.keys().stream().map(files::download).toList();
    }

    /** H-23: where the customer uploads her re-check report (a PDF, or pictures of its pages). */
    public UploadTicket reportUpload(Actor actor, String id, UploadForm form) {
        return files.uploadUnder(reportFolder(herOwn(actor, id)), FileKind.REPORT, form);
    }

    /** H-23 the customer files her re-check report (If-Match); the end + 30 reminder is then skipped. */
    public Outcome<Program> submitReport(Actor actor, String id, Long version, ReportForm form, IdempotencyKey key) {
        ReportForm given = Check.body(form);
        return filed(actor, id, version, key, p -> landed(given.validate(reportFolder(p)), "fileKeys"),
                (p, keys) -> p.recheckReport(new AfterPlan.Recheck(keys, programs.now()), actor.ref()));
    }

    /** The customer files her uploads, each checked to be in storage, with the step they make. */
    private Outcome<Program> filed(Actor actor, String id, Long version, IdempotencyKey key,
                                   Function<Program, List<String>> uploads,
                                   java.util.function.BiFunction<Program, List<String>, Decision<Program, ProgramEvent>> step) {
        return programs.change(actor, id, version, key, Related.NONE, (p, loaded) -> {
            herself(p, actor);
            return step.apply(p, uploads.apply(p));
        }, Commands::noTimers);
    }

    /**
     * H-23 the re-check report (confidential): the health archive's readers and the customer get presigned
     * downloads, and each read is logged in the archive's read log; anyone else is answered as for no program.
     */
    public List<Presigned> report(Actor actor, String id) {
        Program p = programs.visible(actor, id);
        if (!HealthArchive.canRead(actor, p.order().customerId())) {
            throw programs.notFound(id);
        }
        AfterPlan.Recheck r = p.course().after().recheck();
        if (r == null) {
            return List.of();
        }
        reads.record(new Archives.ArchiveRead(p.id(), actor.ref(), actor.roles().stream().map(Enum::name).sorted()
                .toList(), programs.now()));
        return r.keys().stream().map(files::download).toList();
    }

    /**
     * H-17 《数据趋势图》 for the call: the customer's readings so far drawn over the plan's days, printed as a PDF
     * through the print queue (each request a fresh picture; a retried one finds its job), for the program's service
     * roles and the customer.
     */
    public com.clinic.printing.PrintJob trendChart(Actor actor, String id, IdempotencyKey key) {
        Program p = programs.visible(actor, id);
        if (p.course().start() == null) {
            throw new Refused("the trend chart draws the plan's days: the plan has not started");
        }
        String jobId = key == null ? ids.newId() : key.recordId("trend-chart");
        return printing.requestDocument(actor, jobId, PrintKind.TREND_CHART, p.id(),
                CourseReports.trendChart(p, allReadings(p)));
    }

    /** H-20 《方案期成果对比表》: start and end values with the change, for the program's staff and its customer. */
    public Results results(Actor actor, String id) {
        return results(programs.visible(actor, id));
    }

    /**
     * H-22 / H-24 a coach of the program writes evaluation {@code n} once it is due (If-Match); the results it rests
     * on (start, end) and whether the re-check report is on file are recorded with it.
     */
    public Outcome<Program> evaluate(Actor actor, String id, int n, Long version, EvaluationForm form,
                                     IdempotencyKey key) {
        String assessment = Check.body(form).validate();
        Instant now = programs.now();
        return programs.change(actor, id, version, key, Related.NONE, (p, loaded) -> {
            coach(p, actor, "evaluate its customer");
            return p.evaluate(new AfterPlan.Evaluation(n, assessment, results(p),
                    p.course().after().recheck() != null, actor.ref(), now));
        }, Commands::noTimers);
    }

    /** H-18 the customer answers the survey in the app (If-Match). */
    public Outcome<Program> answerSurvey(Actor actor, String id, Long version, SurveyForm form, IdempotencyKey key) {
        Course.Answer answer = Check.body(form).validate(programs.now());
        return programs.change(actor, id, version, key, p -> p.answerSurvey(answer, actor));
    }

    /** H-18 she will not fill it in: the program's customer service records it (If-Match). */
    public Outcome<Program> surveyRefused(Actor actor, String id, Long version, ReasonForm form, IdempotencyKey key) {
        String reason = Check.body(form).validate();
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
        Instant now = fired.scheduledAt();
        return programs.changeIfAccepted(Actor.SYSTEM, programs.get(fired.subjectId()),
                p -> p.dayEvent(fired.kind(), fired.occurrence(), now),
                accepted -> nextReminder(accepted.after(), fired)).isPresent();
    }

    private Results results(Program p) {
        PlanDays days = p.course().days().orElseThrow(() -> new Refused("the plan has not started"));
        return Results.of(allReadings(p), days);
    }

    /** Every reading of the program by metric, oldest first: one key range read, not one per metric. */
    private java.util.Map<Readings.Metric, List<Readings.Reading>> allReadings(Program p) {
        java.util.Map<Readings.Metric, List<Readings.Reading>> all = new java.util.EnumMap<>(Readings.Metric.class);
        readings.all(p.id()).forEach(r -> all.computeIfAbsent(r.metric(), m -> new java.util.ArrayList<>()).add(r));
        return all;
    }

    private List<String> landed(List<String> keys, String field) {
        return java.util.stream.IntStream.range(0, keys.size())
                .mapToObj(i -> files.landed(keys.get(i), field + "[" + i + "]").key()).toList();
    }

    /** The program, when it is the signed-in customer's own (else 404). */
    private Program herOwn(Actor actor, String id) {
        Program p = programs.visible(actor, id);
        herself(p, actor);
        return p;
    }

    private static void herself(Program p, Actor actor) {
        if (!actor.id().equals(p.order().customerId())) {
            throw new Forbidden("only the customer herself uploads these");
        }
    }

    private static void herselfOrTeam(Program p, Actor actor, String what) {
        if (!actor.id().equals(p.order().customerId()) && !p.team().isMember(actor.id())) {
            throw new Forbidden("the customer, or a member of her team, " + what);
        }
    }

    static String photoFolder(Program p) {
        return "programs/" + p.id() + "/post-plan/";
    }

    static String guidanceFolder(Program p) {
        return "programs/" + p.id() + "/guidance/";
    }

    static String reportFolder(Program p) {
        return "programs/" + p.id() + "/recheck/";
    }

    /** A command of the course taken by the member holding {@code seat} in the program's team. */
    private Outcome<Program> decide(Actor actor, String id, Long version, IdempotencyKey key, Team.Seat seat,
                                    String what, Function<Program, Decision<Program, ProgramEvent>> step) {
        return decide(actor, id, version, key, seat, what, step, Commands::noTimers);
    }

    /** The same, recording the timers the accepted step arms with it. */
    private Outcome<Program> decide(Actor actor, String id, Long version, IdempotencyKey key, Team.Seat seat,
                                    String what, Function<Program, Decision<Program, ProgramEvent>> step,
                                    Function<Decision.Accepted<Program, ProgramEvent>, List<Timer>> arm) {
        return programs.change(actor, id, version, key, Related.NONE, (p, loaded) -> {
            seated(p, actor, seat, what);
            return step.apply(p);
        }, arm);
    }

    /** Named policy: the coaching seat the actor holds in the program (head or assistant), else refused. */
    private static Team.Seat coach(Program p, Actor actor, String what) {
        return AfterPlan.REVIEWERS.stream().filter(s -> p.seated(s, actor.id())).findFirst()
                .orElseThrow(() -> new Forbidden("only this program's coaches " + what));
    }

    /** Named policy: only the member in the seat (invited and accepted) takes the seat's steps. */
    private static void seated(Program p, Actor actor, Team.Seat seat, String what) {
        if (!p.seated(seat, actor.id())) {
            throw new Forbidden("only this program's " + seat.label() + " " + what);
        }
    }

    /** T-11 fired and a review still owed: the next reminder, 3 days on, while fewer than three were sent. */
    private List<Timer> nextReminder(Program p, TimerFired fired) {
        if (fired.kind() != TimerKind.EVALUATION_REMINDER || fired.occurrence() >= Course.EVALUATION_REMINDERS) {
            return List.of();
        }
        int n = fired.occurrence() + 1;
        return timers.arm(List.of(new Timer(fired.kind(), p.id(), n, p.course().days().orElseThrow()
                .due(fired.kind(), n))));
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
