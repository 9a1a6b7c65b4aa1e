package com.clinic.platform.timer;

import com.clinic.platform.ShanghaiTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * Every timer of SPEC section C, declared once: its SPEC id, what it fires, and how its due time is computed —
 * a number of calendar days after its anchor date, at a time of day in Asia/Shanghai. The anchors are the
 * operation date (the clinic's follow-ups), the plan's start (day 1) and the plan's end (day 50). The deadline
 * timer (T-12) is due when its deadline is (the working-day calendar computes it) and the daily reminders (T-13)
 * recur every day at their times ({@link #dailyAt()}); neither has a fixed offset. A loan period's overdue timer
 * counts from its due date (occurrence n is period n). Which function a kind fires is the wiring's business, not the domain's.
 */
public enum TimerKind {
    FOLLOW_UP_DAY_2("T-01", Subject.VISIT, Anchor.OPERATION_DATE, 2, "followup-d2", "C-22 follow-up call, day 2"),
    FOLLOW_UP_DAY_7("T-02", Subject.VISIT, Anchor.OPERATION_DATE, 7, "followup-d7", "C-22 follow-up call, day 7"),
    FOLLOW_UP_DAY_15("T-03", Subject.VISIT, Anchor.OPERATION_DATE, 15, "followup-d15",
            "C-22 follow-up call, day 15"),
    WEEK_3_CALL("T-04", Subject.PROGRAM, Anchor.PLAN_START, 20, "call-2", "H-17 video call 2, plan day 21"),
    PLAN_END("T-05", Subject.PROGRAM, Anchor.PLAN_START, 49, "plan-end", "H-18 plan end, day 50"),
    FINAL_CALL("T-06", Subject.PROGRAM, Anchor.PLAN_END, 2, "call-3", "H-20 video call 3, end + 2"),
    POST_PLAN("T-07", Subject.PROGRAM, Anchor.PLAN_END, 3, "post-plan", "H-21 photos and H-22 first evaluation"),
    RECHECK_REPORT("T-08", Subject.PROGRAM, Anchor.PLAN_END, 28, "recheck", "H-23 re-check report, end + 28"),
    RECHECK_REMINDER("T-09", Subject.PROGRAM, Anchor.PLAN_END, 30, "recheck-again", "H-23 reminder, end + 30"),
    SECOND_EVALUATION("T-10", Subject.PROGRAM, Anchor.PLAN_END, 60, "evaluation-2", "H-24 second evaluation"),
    EVALUATION_REMINDER("T-11", Subject.PROGRAM, Anchor.PLAN_END, 3, "review",
            "H-19 service review reminder, every 3 days, at most 3 times"),
    DEADLINE("T-12", Subject.PROGRAM, Anchor.DEADLINE, 0, "deadline", "an SLA deadline of section B"),
    DAILY_POSTS("T-13", Subject.NONE, Anchor.DAILY, 0, "daily-posts", "H-14 / H-16 reminders at 08:30 and 16:00",
            LocalTime.of(8, 30), LocalTime.of(16, 0)),
    /** Not a SPEC timer: the loan ledger's own, one per period, so an unpaid period turns overdue by itself. */
    LOAN_OVERDUE("C-19", Subject.LOAN, Anchor.DUE_DATE, 1, "overdue",
            "C-19/C-20 a loan period still unpaid the day after its due date: dunning task for the owner");

    /** The subject id of a clinic-wide timer (a daily one belongs to no visit or program). */
    public static final String ALL = "all";


    /** What a timer belongs to; its name starts with it, so a journey's or a plan's timers can be listed. */
    public enum Subject {
        VISIT("visit"), PROGRAM("program"), LOAN("loan"), NONE("clinic");

        private final String prefix;

        Subject(String prefix) {
            this.prefix = prefix;
        }

        public String prefix() {
            return prefix;
        }
    }

    /** The date a timer counts from. */
    public enum Anchor { OPERATION_DATE, PLAN_START, PLAN_END, DEADLINE, DAILY, DUE_DATE }

    /** The clinic's follow-up calls and the program's day events are due at 10:00 on their day. */
    public static final LocalTime DAY_EVENT_TIME = LocalTime.of(10, 0);

    private final String specId;
    private final Subject subject;
    private final Anchor anchor;
    private final int days;
    private final String slug;
    private final String fires;
    private final List<LocalTime> dailyAt;

    TimerKind(String specId, Subject subject, Anchor anchor, int days, String slug, String fires,
              LocalTime... dailyAt) {
        this.specId = specId;
        this.subject = subject;
        this.anchor = anchor;
        this.days = days;
        this.slug = slug;
        this.fires = fires;
        this.dailyAt = List.of(dailyAt);
    }

    public String specId() {
        return specId;
    }

    public Subject subject() {
        return subject;
    }

    public Anchor anchor() {
        return anchor;
    }

    /** Calendar days after the anchor date (for T-11, between reminders). */
    public int days() {
        return days;
    }

    public String fires() {
        return fires;
    }

    /**
     * The wall-clock times (Asia/Shanghai) a daily kind fires every day; occurrence n of its payload is the n-th.
     * Daily timers are the deployment's, not a record's: the template declares one recurring schedule per time.
     */
    public List<LocalTime> dailyAt() {
        return dailyAt;
    }

    /** When a day event falls due: {@link #days()} after the anchor date, at 10:00 Asia/Shanghai. */
    public Instant dueAfter(LocalDate anchorDate) {
        if (anchor == Anchor.DEADLINE || anchor == Anchor.DAILY) {
            throw new IllegalStateException(this + " has no fixed offset");
        }
        return ShanghaiTime.at(anchorDate.plusDays(days), DAY_EVENT_TIME);
    }

    /** The prefix of every timer name of one subject (a visit, a program). */
    public static String namePrefix(Subject subject, String id) {
        return subject.prefix() + "-" + id + "-";
    }

    /** The timer's name: its subject, then the kind and occurrence; the same name means the same timer. */
    public String timerName(String subjectId, int occurrence) {
        return namePrefix(subject, subjectId) + occurrenceName(occurrence);
    }

    /** The kind and occurrence without the subject ({@code call-2}, {@code review-3}). */
    public String occurrenceName(int occurrence) {
        return slug + (occurrence > 1 ? "-" + occurrence : "");
    }

    /** The follow-up kind of a day after the operation (2, 7 or 15). */
    public static TimerKind followUp(int day) {
        for (TimerKind k : values()) {
            if (k.anchor == Anchor.OPERATION_DATE && k.days == day) {
                return k;
            }
        }
        throw new IllegalArgumentException("no follow-up on day " + day);
    }
}
