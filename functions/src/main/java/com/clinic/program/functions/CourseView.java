package com.clinic.program.functions;

import com.clinic.program.course.Call;
import com.clinic.program.course.Survey;
import com.clinic.platform.ShanghaiTime;
import com.clinic.platform.views.StaffView;
import com.clinic.program.course.AfterPlan;
import com.clinic.program.course.Course;
import com.clinic.program.PlanDays;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/**
 * A program's course, the 49 days and after, on its own version (the ETag its steps send as If-Match): the status,
 * day 1 and today's day number, the day the plan ends (day 50, or the day marked), the video calls, a stop, the
 * paused days (their symptoms stay with the team's notices, not in this view every program staff member reads), the
 * survey, the day events acted on and the after-plan steps.
 */
@Serdeable
public record CourseView(String id, String status, String start, Integer today, String endsOn, String endedOn,
                         StaffView.Ref startedBy, List<CallView> calls, StopView stop, List<PauseView> pauses,
                         SurveyView survey, List<FiredView> fired, AfterView after,
                         List<ReportedView> symptomReports, List<GuidanceView> deviceGuidance,
                         List<ReplacementView> deviceReplacements, long version) {

    /** H-15 a device's guidance: how, whether bound, what failed, how many screenshots are kept. */
    @Serdeable
    public record GuidanceView(String device, String method, boolean bound, String problem, int screenshots,
                               StaffView.Ref by, String at) {
    }

    /** H-15 a device replaced after its binding failed: which, the admin's note, who, when. */
    @Serdeable
    public record ReplacementView(String device, String note, StaffView.Ref by, String at) {
    }

    /** A video call: its purpose, when it was opened, the booking that stands, the notes and whether it was held. */
    @Serdeable
    public record CallView(int n, String specId, String purpose, String openedAt, BookingView booking,
                           List<BookingView> bookings, String awaitingNewTimeSince, NotesView notes, HeldView held) {
    }

    @Serdeable
    public record BookingView(String at, String channel, StaffView.Ref by, String bookedAt, String cancelledAt,
                              String cancelReason) {
        static BookingView of(Call.Booking b) {
            return new BookingView(ShanghaiTime.show(b.at()), b.channel(), StaffView.Ref.of(b.by()),
                    ShanghaiTime.show(b.bookedAt()), b.cancelled() == null ? null : ShanghaiTime.show(b.cancelled().at()),
                    b.cancelled() == null ? null : b.cancelled().reason());
        }
    }

    @Serdeable
    public record NotesView(List<String> questions, List<String> needs, StaffView.Ref by, String at) {
    }

    @Serdeable
    public record HeldView(List<String> covered, String summary, StaffView.Ref by, String at) {
    }

    @Serdeable
    public record StopView(String reason, StaffView.Ref by, String at) {
    }

    @Serdeable
    public record PauseView(String date, int day, String reason, StaffView.Ref by, String at, StaffView.Ref resumedBy,
                            String resumedAt) {
    }

    /** H-18: sent with the end; answered (her scores) or her refusal recorded. */
    @Serdeable
    public record SurveyView(String sentAt, AnswerView answer, StopView refusal) {
    }

    @Serdeable
    public record AnswerView(int service, int coaches, int meals, int results, boolean recommend, String comments,
                             String at) {
    }

    @Serdeable
    public record FiredView(String specId, String kind, int occurrence, String at) {
    }

    /** H-16 a symptom report: who passed it on and when (what she felt is in the head coach's notice). */
    @Serdeable
    public record ReportedView(StaffView.Ref by, String at) {
    }

    /**
     * Section (七): which coaches reviewed the service (the reviews' contents are the team's, at
     * {@code GET /programs/{id}/reviews}) and whose review is owed, the summary report's print job, the post-plan
     * photos (a count, or her refusal), the re-check report (a count: its files are read through the logged
     * {@code GET /programs/{id}/recheck-report}) and the evaluations with the results they rest on.
     */
    @Serdeable
    public record AfterView(List<ReviewedView> reviewed, List<String> reviewsOwed, SummaryView summary,
                            PhotosView photos, RecheckView recheck, List<EvaluationView> evaluations) {
    }

    @Serdeable
    public record ReviewedView(String seat, StaffView.Ref by, String at) {
    }

    @Serdeable
    public record SummaryView(StaffView.Ref by, String at, String pdfJobId) {
    }

    @Serdeable
    public record PhotosView(int photos, String refusal, StaffView.Ref by, String at) {
    }

    @Serdeable
    public record RecheckView(int files, String at) {
    }

    @Serdeable
    public record EvaluationView(int n, String assessment, List<ResultsView.RowView> basedOn, boolean recheckOnFile,
                                 StaffView.Ref by, String at) {
    }

    public static CourseView of(Course c, Instant now) {
        PlanDays days = c.days().orElse(null);
        Survey s = c.survey();
        return new CourseView(c.id(), c.status().name(), c.start() == null ? null : c.start().toString(),
                days == null ? null : days.dayOf(ShanghaiTime.dateOf(now)),
                days == null ? null : days.end().toString(), c.endedOn() == null ? null : c.endedOn().toString(),
                StaffView.Ref.of(c.startedBy()), c.calls().stream().map(CourseView::call).toList(),
                c.stop() == null ? null : new StopView(c.stop().reason(), StaffView.Ref.of(c.stop().by()),
                        ShanghaiTime.show(c.stop().at())),
                c.pauses().stream().map(p -> new PauseView(p.date().toString(), p.day(), p.reason(),
                        StaffView.Ref.of(p.by()), ShanghaiTime.show(p.at()), StaffView.Ref.of(p.resumedBy()),
                        ShanghaiTime.show(p.resumedAt()))).toList(),
                s == null ? null : new SurveyView(ShanghaiTime.show(s.sentAt()), s.answer() == null ? null
                        : new AnswerView(s.answer().service(), s.answer().coaches(), s.answer().meals(),
                        s.answer().results(), s.answer().recommend(), s.answer().comments(),
                        ShanghaiTime.show(s.answer().at())), s.refusal() == null ? null
                        : new StopView(s.refusal().reason(), StaffView.Ref.of(s.refusal().by()),
                        ShanghaiTime.show(s.refusal().at()))),
                c.fired().stream().map(f -> new FiredView(f.kind().specId(), f.kind().name(), f.occurrence(),
                        ShanghaiTime.show(f.at()))).toList(), c.status() == Course.Status.ENDED ? after(c.after()) : null,
                c.symptoms().stream().map(r -> new ReportedView(StaffView.Ref.of(r.by()), ShanghaiTime.show(r.at())))
                        .toList(), c.guidance().stream().map(g -> new GuidanceView(g.device().name(), g.method().name(),
                        g.bound(), g.problem(), g.screenshotKeys().size(), StaffView.Ref.of(g.by()),
                        ShanghaiTime.show(g.at()))).toList(), c.replacements().stream().map(r -> new ReplacementView(
                        r.device().name(), r.note(), StaffView.Ref.of(r.by()), ShanghaiTime.show(r.at()))).toList(),
                c.version());
    }

    private static AfterView after(AfterPlan a) {
        AfterPlan.Summary s = a.summary();
        AfterPlan.Photos p = a.photos();
        return new AfterView(a.reviews().stream().map(r -> new ReviewedView(r.seat().name(), StaffView.Ref.of(r.by()),
                ShanghaiTime.show(r.at()))).toList(), a.reviewsOwed().stream().map(Enum::name).toList(),
                s == null ? null : new SummaryView(StaffView.Ref.of(s.by()), ShanghaiTime.show(s.at()), s.pdfJobId()),
                p == null ? null : new PhotosView(p.keys().size(), p.refusal(), StaffView.Ref.of(p.by()),
                        ShanghaiTime.show(p.at())),
                a.recheck() == null ? null : new RecheckView(a.recheck().keys().size(),
                        ShanghaiTime.show(a.recheck().at())),
                a.evaluations().stream().map(e -> new EvaluationView(e.n(), e.assessment(),
                        ResultsView.of(e.basedOn()).rows(), e.recheckOnFile(), StaffView.Ref.of(e.by()),
                        ShanghaiTime.show(e.at()))).toList());
    }

    private static CallView call(Call call) {
        return new CallView(call.n(), call.purpose().specId(), call.purpose().label(),
                ShanghaiTime.show(call.openedAt()), call.booking().map(BookingView::of).orElse(null),
                call.bookings().stream().map(BookingView::of).toList(),
                call.awaitingNewTime().map(x -> ShanghaiTime.show(x.at())).orElse(null),
                call.notes() == null ? null : new NotesView(call.notes().questions(), call.notes().needs(),
                        StaffView.Ref.of(call.notes().by()), ShanghaiTime.show(call.notes().at())),
                call.held() == null ? null : new HeldView(call.held().covered(), call.held().summary(),
                        StaffView.Ref.of(call.held().by()), ShanghaiTime.show(call.held().at())));
    }
}
