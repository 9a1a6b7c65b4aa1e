package com.clinic.program;

import com.clinic.platform.timer.TimerKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The plan's day numbering, stated once (Asia/Shanghai calendar dates): day 1 is the start date; day N is the start
 * date + N − 1; the end is the day the plan is marked ended — day 50 unless customer service marks it otherwise —
 * and "end + N" counts calendar days from it. Every day-N timer (T-04…T-11) takes its due time from here.
 */
public record PlanDays(LocalDate start, LocalDate endedOn) {
    /** The day the plan ends when nobody marks it otherwise: the day after the 49 days. */
    public static final int END_DAY = Plan.DAYS + 1;

    public PlanDays {
        if (start == null) {
            throw new IllegalArgumentException("a plan has a start date");
        }
        if (endedOn != null && endedOn.isBefore(start)) {
            throw new IllegalArgumentException("a plan ends after it starts");
        }
    }

    /** Day {@code n} of the plan (n ≥ 1). */
    public LocalDate day(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("the plan's days count from 1");
        }
        return start.plusDays(n - 1L);
    }

    /** Which day of the plan a date is (0 or less: before the start). */
    public int dayOf(LocalDate date) {
        return (int) ChronoUnit.DAYS.between(start, date) + 1;
    }

    /** The end: the day marked ended, else day 50. */
    public LocalDate end() {
        return endedOn != null ? endedOn : day(END_DAY);
    }

    /** End + {@code n} calendar days. */
    public LocalDate endPlus(int n) {
        return end().plusDays(n);
    }

    /** When a day-N timer of the plan is due: its days after the start or after the end, at 10:00 Shanghai. */
    public Instant due(TimerKind kind) {
        return due(kind, 1);
    }

    /** The n-th of a repeated day event (T-11: every 3 days after the end): n × its days after its anchor. */
    public Instant due(TimerKind kind, int occurrence) {
        LocalDate anchor = switch (kind.anchor()) {
            case PLAN_START -> start;
            case PLAN_END -> end();
            default -> throw new IllegalArgumentException(kind + " is not a day of the plan");
        };
        return kind.dueAfter(anchor.plusDays((long) kind.days() * (occurrence - 1)));
    }
}
