package com.clinic.program.course;

import static com.clinic.program.course.CourseSteps.coach;
import static com.clinic.program.course.CourseSteps.herself;
import static com.clinic.program.course.CourseSteps.herselfOrTeam;

import com.clinic.journey.Files;
import com.clinic.journey.UploadTicket;
import com.clinic.journey.visit.Forms.FileKind;
import com.clinic.journey.visit.Forms.ReasonForm;
import com.clinic.journey.visit.Forms.UploadForm;
import com.clinic.platform.Actor;
import com.clinic.platform.Check;
import com.clinic.platform.Refused;
import com.clinic.platform.Role;
import com.clinic.platform.command.Commands;
import com.clinic.platform.command.Outcome;
import com.clinic.platform.port.FileStore.Presigned;
import com.clinic.platform.port.IdGenerator;
import com.clinic.platform.port.IdempotencyKey;
import com.clinic.printing.PrintJob;
import com.clinic.printing.PrintKind;
import com.clinic.printing.PrintService;
import com.clinic.program.PlanDays;
import com.clinic.program.Program;
import com.clinic.program.ProgramDeadlines;
import com.clinic.program.ProgramEvent;
import com.clinic.program.Team;
import com.clinic.program.archive.Archives;
import com.clinic.program.archive.HealthArchive;
import com.clinic.program.course.CourseForms.EvaluationForm;
import com.clinic.program.course.CourseForms.PhotosForm;
import com.clinic.program.course.CourseForms.ReportForm;
import com.clinic.program.course.CourseForms.ReviewForm;
import com.clinic.program.course.CourseForms.SummaryForm;
import com.clinic.program.course.CourseForms.SurveyForm;
import com.clinic.program.readings.Readings;
import com.clinic.program.readings.Results;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * After the 49 days (H-17 … H-24), each step on the course's own version: the coaches' service reviews and the head
 * coach's summary report, the customer's post-plan photos and re-check report (confidential: its reads logged), the
 * trend chart and the results table drawn from her readings, the evaluations, and the end survey.
 */
public final class AfterPlanDesk {
    private final Commands<Course, CourseEvent> courses;
    private final CourseSteps steps;
    private final Files files;
    private final Readings.ReadingLog readings;
    private final Archives.ReadLog reads;
    private final PrintService printing;
    private final IdGenerator ids;

    public AfterPlanDesk(Commands<Course, CourseEvent> courses, Commands<Program, ProgramEvent> programs,
                         ProgramDeadlines deadlines, Files files, Readings.ReadingLog readings, Archives.ReadLog reads,
                         PrintService printing, IdGenerator ids) {
        this.courses = courses;
        this.steps = new CourseSteps(courses, programs, deadlines, files);
        this.files = files;
        this.readings = readings;
        this.reads = reads;
        this.printing = printing;
        this.ids = ids;
    }

    public Instant now() {
        return courses.now();
    }

    /** H-19 a coach of the program files the service review for their seat. */
    public Outcome<Course> review(Actor actor, String id, Long version, ReviewForm form, IdempotencyKey key) {
        ReviewForm given = Check.body(form);
        return steps.step(actor, id, version, key, (c, now) -> AfterPlanSteps.review(c,
                given.validate(coach(c, actor, "review its service"), actor.ref(), now)));
    }

    /**
     * H-19 the head coach's 《服务总结报告》 over both reviews, printed as a PDF through the print queue (a retried
     * request finds the same job); for the program's staff, not its customer.
     */
    public Outcome<Course> summarize(Actor actor, String id, Long version, SummaryForm form, IdempotencyKey key) {
        String text = Check.body(form).validate();
        String jobId = key == null ? ids.newId() : key.recordId("service-summary");
        Outcome<Course> outcome = steps.seated(actor, id, version, key, Team.Seat.HEAD_COACH,
                "writes the summary report", (c, now) -> AfterPlanSteps.summarize(c, new AfterPlan.Summary(text,
                        actor.ref(), now, jobId)));
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
        return steps.step(actor, id, version, key, (c, now) -> {
            herself(c, actor);
            return AfterPlanSteps.postPlanPhotos(c, new AfterPlan.Photos(steps.landed(given.validate(photoFolder(c)),
                    "photoKeys"), null, actor.ref(), now));
        });
    }

    /** H-21 异常处理: she would rather not (herself in the app, or a member of her team on her word). */
    public Outcome<Course> refusePhotos(Actor actor, String id, Long version, ReasonForm form, IdempotencyKey key) {
        String reason = Check.body(form).validate();
        return steps.step(actor, id, version, key, (c, now) -> {
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
        return steps.step(actor, id, version, key, (c, now) -> {
            herself(c, actor);
            return AfterPlanSteps.recheck(c, new AfterPlan.Recheck(steps.landed(given.validate(reportFolder(c)),
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
        return steps.step(actor, id, version, key, (c, now) -> {
            coach(c, actor, "evaluate its customer");
            return AfterPlanSteps.evaluate(c, new AfterPlan.Evaluation(n, assessment, results(c),
                    c.after().recheck() != null, actor.ref(), now));
        });
    }

    /** H-18 the customer answers the survey in the app. */
    public Outcome<Course> answerSurvey(Actor actor, String id, Long version, SurveyForm form, IdempotencyKey key) {
        Survey.Answer answer = Check.body(form).validate(courses.now());
        return steps.step(actor, id, version, key, (c, now) -> AfterPlanSteps.answer(c, answer, actor));
    }

    /** H-18 she will not fill it in: the program's customer service records it. */
    public Outcome<Course> surveyRefused(Actor actor, String id, Long version, ReasonForm form, IdempotencyKey key) {
        String reason = Check.body(form).validate();
        return steps.seated(actor, id, version, key, Team.Seat.CUSTOMER_SERVICE, "records a refused survey",
                (c, now) -> AfterPlanSteps.refuseSurvey(c, new Survey.Refusal(reason, actor.ref(), now)));
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

    /** The course, when it is the signed-in customer's own (else 404). */
    private Course herOwn(Actor actor, String id) {
        Course c = courses.visible(actor, id);
        herself(c, actor);
        return c;
    }

    static String photoFolder(Course c) {
        return "programs/" + c.id() + "/post-plan/";
    }

    static String reportFolder(Course c) {
        return "programs/" + c.id() + "/recheck/";
    }
}
