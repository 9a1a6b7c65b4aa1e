package com.clinic.program.course;

import com.clinic.platform.timer.TimerKind;
import com.clinic.program.Plan;
import com.clinic.program.course.Course.Status;
import java.time.LocalDate;

/** The named preconditions of the course's steps: each answers why a step cannot be taken now, or null. */
final class CoursePolicies {
    private CoursePolicies() {
    }

    /** Why today's plan cannot be paused now. */
    static String notRunning(Course c, LocalDate today) {
        if (c.status() != Status.STARTED) {
            return "only a running plan is paused";
        }
        int day = c.days().orElseThrow().dayOf(today);
        return day < 1 || day > Plan.DAYS ? "today is not one of the plan's 49 days (day " + day + ")" : null;
    }

    /** Why an after-plan step cannot be taken: the plan has not ended (or was stopped). */
    static String notEnded(Course c) {
        return c.status() == Status.ENDED ? null : "this is done after the plan's end (it is " + c.status() + ")";
    }

    /** Why the survey cannot be answered or refused: not sent, or settled. */
    static String surveyClosed(Course c) {
        if (c.survey() == null) {
            return "the survey is sent when the plan ends";
        }
        return c.survey().settled() ? "the survey is answered already" : null;
    }

    /**
     * Why a day event is not wanted: handled before, or not for a plan in this state (a stopped one, an un-ended
     * one), the re-check reminder once the report is in, the review reminder once no review is owed or three were
     * sent.
     */
    static String unwanted(Course c, TimerKind kind, int occurrence) {
        if (c.fired().stream().anyMatch(f -> f.kind() == kind && f.occurrence() == occurrence)) {
            return kind.specId() + " fired already";
        }
        Status wants = kind.anchor() == TimerKind.Anchor.PLAN_START ? Status.STARTED : Status.ENDED;
        if (c.status() != wants) {
            return kind.specId() + " is not for a plan that is " + c.status();
        }
        if (kind == TimerKind.RECHECK_REMINDER && c.after().recheck() != null) {
            return "the re-check report came already: no reminder";
        }
        if (kind == TimerKind.EVALUATION_REMINDER && (c.after().reviewsOwed().isEmpty()
                || occurrence > Course.EVALUATION_REMINDERS)) {
            return "no service review is owed, or the reminders are spent";
        }
        return null;
    }
}
