package com.clinic.program.course;

import com.clinic.platform.StaffRef;
import com.clinic.platform.command.DomainEvent;
import com.clinic.platform.timer.TimerKind;
import com.clinic.program.Team;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What happened to a course, as types: each event carries the facts of its step, not its wording. Code that tells
 * them apart implements {@link Visitor}, so a new kind of event does not compile until every reader handles it
 * (the exhaustive switch of Java 17). The audit trail records the type's name and {@link CourseWording}'s line.
 */
public sealed interface CourseEvent extends DomainEvent {
    <R> R accept(Visitor<R> visitor);

    @Override
    default String summary() {
        return CourseWording.summary(this);
    }

    /** One method per kind of course event. */
    interface Visitor<R> {
        R courseOpened(CourseOpened e);

        R teamFollowed(TeamFollowed e);

        R callOpened(CallOpened e);

        R callBooked(VideoCallBooked e);

        R callCancelled(VideoCallCancelled e);

        R callNoted(VideoCallNoted e);

        R callHeld(VideoCallHeld e);

        R planStarted(PlanStarted e);

        R planStopped(PlanStopped e);

        R dayPaused(PlanDayPaused e);

        R dayResumed(PlanDayResumed e);

        R symptomsReported(SymptomsReported e);

        R deviceGuided(DeviceGuided e);

        R deviceReplaced(DeviceReplaced e);

        R planEnded(PlanEnded e);

        R surveyAnswered(SurveyAnswered e);

        R surveyRefused(SurveyRefused e);

        R dayEvent(PlanDayEvent e);

        R serviceReviewed(ServiceReviewed e);

        R serviceSummarized(ServiceSummarized e);

        R photosUploaded(PostPlanPhotosUploaded e);

        R photosRefused(PostPlanPhotosRefused e);

        R recheckUploaded(RecheckReportUploaded e);

        R customerEvaluated(CustomerEvaluated e);
    }

    /** The course was opened with the program's order (its record from the start). */
    record CourseOpened(String subject, StaffRef by, Instant at) implements CourseEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.courseOpened(this);
        }
    }

    /** The program's service team changed (an invitation sent or answered): the course follows it. */
    record TeamFollowed(String subject, StaffRef by, Instant at, Team team) implements CourseEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.teamFollowed(this);
        }
    }

    /** The customer confirmed receipt: video call {@code n} is due and the coaches are told. */
    record CallOpened(String subject, StaffRef by, Instant at, int n) implements CourseEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.callOpened(this);
        }
    }

    /** H-13 / H-17 / H-20 the head coach booked call {@code n} (or moved it). */
    record VideoCallBooked(String subject, StaffRef by, Instant at, int n, Instant callAt, String channel)
            implements CourseEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.callBooked(this);
        }
    }

    /** The customer cannot come to call {@code n}: a new time is owed within 2 h. */
    record VideoCallCancelled(String subject, StaffRef by, Instant at, int n, String reason) implements CourseEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.callCancelled(this);
        }
    }

    /** The assistant coach noted the customer's questions and needs on call {@code n}. */
    record VideoCallNoted(String subject, StaffRef by, Instant at, int n, int questions, int needs)
            implements CourseEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.callNoted(this);
        }
    }

    /** The head coach marked call {@code n} held. */
    record VideoCallHeld(String subject, StaffRef by, Instant at, int n) implements CourseEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.callHeld(this);
        }
    }

    /** The head coach set day 1. */
    record PlanStarted(String subject, StaffRef by, Instant at, LocalDate start) implements CourseEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.planStarted(this);
        }
    }

    /** The plan was stopped. */
    record PlanStopped(String subject, StaffRef by, Instant at, String reason) implements CourseEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.planStopped(this);
        }
    }

    /** H-16 the head coach paused a day's plan on the customer's symptoms. */
    record PlanDayPaused(String subject, StaffRef by, Instant at, int day, String symptoms) implements CourseEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.dayPaused(this);
        }
    }

    /** H-16 the paused day goes on. */
    record PlanDayResumed(String subject, StaffRef by, Instant at, int day) implements CourseEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.dayResumed(this);
        }
    }

    /** H-16 the customer's symptoms reached the head coach. */
    record SymptomsReported(String subject, StaffRef by, Instant at, String symptoms, String since)
            implements CourseEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.symptomsReported(this);
        }
    }

    /** H-15 a device's guidance was recorded. */
    record DeviceGuided(String subject, StaffRef by, Instant at, Guidance.Device device, boolean bound, String problem)
            implements CourseEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.deviceGuided(this);
        }
    }

    /** H-15 the admin replaced a device whose binding failed. */
    record DeviceReplaced(String subject, StaffRef by, Instant at, Guidance.Device device, String note)
            implements CourseEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.deviceReplaced(this);
        }
    }

    /** H-18 customer service marked the plan ended; the survey went out. */
    record PlanEnded(String subject, StaffRef by, Instant at, int day) implements CourseEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.planEnded(this);
        }
    }

    /** H-18 the customer answered the survey. */
    record SurveyAnswered(String subject, StaffRef by, Instant at, int service) implements CourseEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.surveyAnswered(this);
        }
    }

    /** H-18 she would not fill it in. */
    record SurveyRefused(String subject, StaffRef by, Instant at, String reason) implements CourseEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.surveyRefused(this);
        }
    }

    /** T-04…T-11 a day event the plan acted on. */
    record PlanDayEvent(String subject, StaffRef by, Instant at, TimerKind kind, int occurrence)
            implements CourseEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.dayEvent(this);
        }
    }

    /** H-19 a coach's service review. */
    record ServiceReviewed(String subject, StaffRef by, Instant at, Team.Seat seat, int score) implements CourseEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.serviceReviewed(this);
        }
    }

    /** H-19 the head coach's summary report. */
    record ServiceSummarized(String subject, StaffRef by, Instant at) implements CourseEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.serviceSummarized(this);
        }
    }

    /** H-21 the post-plan photos. */
    record PostPlanPhotosUploaded(String subject, StaffRef by, Instant at, int count) implements CourseEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.photosUploaded(this);
        }
    }

    /** H-21 she would rather not upload them. */
    record PostPlanPhotosRefused(String subject, StaffRef by, Instant at, String reason) implements CourseEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.photosRefused(this);
        }
    }

    /** H-23 the re-check report. */
    record RecheckReportUploaded(String subject, StaffRef by, Instant at, int count) implements CourseEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.recheckUploaded(this);
        }
    }

    /** H-22 / H-24 the coaches' evaluation {@code n}. */
    record CustomerEvaluated(String subject, StaffRef by, Instant at, int n) implements CourseEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.customerEvaluated(this);
        }
    }
}
