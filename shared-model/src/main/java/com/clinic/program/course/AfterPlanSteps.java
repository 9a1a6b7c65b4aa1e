package com.clinic.program.course;

import com.clinic.platform.Actor;
import com.clinic.platform.StaffRef;
import com.clinic.platform.command.Decision;
import com.clinic.platform.timer.TimerKind;
import com.clinic.program.Team;
import com.clinic.program.course.CourseEvent.CustomerEvaluated;
import com.clinic.program.course.CourseEvent.PostPlanPhotosRefused;
import com.clinic.program.course.CourseEvent.PostPlanPhotosUploaded;
import com.clinic.program.course.CourseEvent.RecheckReportUploaded;
import com.clinic.program.course.CourseEvent.ServiceReviewed;
import com.clinic.program.course.CourseEvent.ServiceSummarized;
import com.clinic.program.course.CourseEvent.SurveyAnswered;
import com.clinic.program.course.CourseEvent.SurveyRefused;

/**
 * The course's steps after the end (section (七)), each once: the survey answered or refused (H-18), the coaches'
 * service reviews and the head coach's summary (H-19), the post-plan photos or her refusal (H-21), the re-check
 * report (H-23) and the two evaluations (H-22, H-24).
 */
public final class AfterPlanSteps {
    private AfterPlanSteps() {
    }

    /** The customer answers the survey in the app (once). */
    public static Decision<Course, CourseEvent> answer(Course c, Survey.Answer a, Actor customer) {
        if (!customer.id().equals(c.customer().id())) {
            return Decision.refuse("only the customer answers her survey");
        }
        String closed = CoursePolicies.surveyClosed(c);
        if (closed != null) {
            return Decision.refuse(closed);
        }
        return Course.next(c.withSurvey(new Survey(c.survey().sentAt(), a, null)),
                new SurveyAnswered(c.id(), customer.ref(), a.at(), a.service()));
    }

    /** She will not fill it in: customer service records it (the manual's 记录情况即可). */
    public static Decision<Course, CourseEvent> refuseSurvey(Course c, Survey.Refusal r) {
        String closed = CoursePolicies.surveyClosed(c);
        if (closed != null) {
            return Decision.refuse(closed);
        }
        return Course.next(c.withSurvey(new Survey(c.survey().sentAt(), null, r)),
                new SurveyRefused(c.id(), r.by(), r.at(), r.reason()));
    }

    /** H-19 a coach's review of the service, once per coaching seat, after the end. */
    public static Decision<Course, CourseEvent> review(Course c, AfterPlan.Review r) {
        AfterPlan after = c.after();
        String refused = CoursePolicies.notEnded(c);
        if (refused == null && after.review(r.seat()).isPresent()) {
            refused = "the " + r.seat().label() + "'s review is in already";
        }
        if (refused != null) {
            return Decision.refuse(refused);
        }
        return Course.next(c.withAfter(after.with(Course.plus(after.reviews(), r), after.summary(), after.photos(),
                after.recheck(), after.evaluations())), new ServiceReviewed(c.id(), r.by(), r.at(), r.seat(), r.score()));
    }

    /** H-19 the head coach's summary report over both reviews, once; printed as its print job. */
    public static Decision<Course, CourseEvent> summarize(Course c, AfterPlan.Summary summary) {
        AfterPlan after = c.after();
        String refused = CoursePolicies.notEnded(c);
        if (refused == null && !after.reviewsOwed().isEmpty()) {
            refused = "the summary waits for the reviews of " + String.join("、",
                    after.reviewsOwed().stream().map(Team.Seat::label).toList());
        }
        if (refused == null && after.summary() != null) {
            refused = "the summary report is written already";
        }
        if (refused != null) {
            return Decision.refuse(refused);
        }
        return Course.next(c.withAfter(after.with(after.reviews(), summary, after.photos(), after.recheck(),
                after.evaluations())), new ServiceSummarized(c.id(), summary.by(), summary.at()));
    }

    /** H-21 the post-plan photos, or her refusal (the photos are not compulsory), once. */
    public static Decision<Course, CourseEvent> postPlanPhotos(Course c, AfterPlan.Photos photos) {
        AfterPlan after = c.after();
        String refused = CoursePolicies.notEnded(c);
        if (refused == null && after.photos() != null) {
            refused = after.photos().refusal() != null ? "her refusal is recorded already"
                    : "the post-plan photos are in already";
        }
        if (refused != null) {
            return Decision.refuse(refused);
        }
        return Course.next(c.withAfter(after.with(after.reviews(), after.summary(), photos, after.recheck(),
                after.evaluations())), photos.refusal() != null
                ? new PostPlanPhotosRefused(c.id(), photos.by(), photos.at(), photos.refusal())
                : new PostPlanPhotosUploaded(c.id(), photos.by(), photos.at(), photos.keys().size()));
    }

    /** H-23 the re-check report, once: the end + 30 reminder is then skipped. */
    public static Decision<Course, CourseEvent> recheck(Course c, AfterPlan.Recheck report, StaffRef by) {
        AfterPlan after = c.after();
        String refused = CoursePolicies.notEnded(c);
        if (refused == null && after.recheck() != null) {
            refused = "the re-check report is in already";
        }
        if (refused != null) {
            return Decision.refuse(refused);
        }
        return Course.next(c.withAfter(after.with(after.reviews(), after.summary(), after.photos(), report,
                after.evaluations())), new RecheckReportUploaded(c.id(), by, report.at(), report.keys().size()));
    }

    /** H-22 / H-24 the coaches' evaluation {@code n}, once it is due (T-07 / T-10 fired), once. */
    public static Decision<Course, CourseEvent> evaluate(Course c, AfterPlan.Evaluation e) {
        TimerKind due = e.n() == 1 ? TimerKind.POST_PLAN : TimerKind.SECOND_EVALUATION;
        if (c.fired().stream().noneMatch(f -> f.kind() == due)) {
            return Decision.refuse("evaluation " + e.n() + " is due on end + " + due.days());
        }
        if (c.after().evaluation(e.n()).isPresent()) {
            return Decision.refuse("evaluation " + e.n() + " is written already");
        }
        AfterPlan after = c.after();
        return Course.next(c.withAfter(after.with(after.reviews(), after.summary(), after.photos(), after.recheck(),
                Course.plus(after.evaluations(), e))), new CustomerEvaluated(c.id(), e.by(), e.at(), e.n()));
    }
}
