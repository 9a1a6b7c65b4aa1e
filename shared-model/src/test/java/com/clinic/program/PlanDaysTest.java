package com.clinic.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.clinic.platform.timer.TimerKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** The day numbering every program timer derives from: day 1 = start, day N = start + N − 1, end = day 50. */
class PlanDaysTest {
    static final LocalDate START = LocalDate.of(2026, 12, 1);
    static final PlanDays PLAN = new PlanDays(START, null);

    static Instant shanghai(String at) {
        return OffsetDateTime.parse(at + "+08:00").toInstant();
    }

    @Test
    void daysCountFromTheStartAndTheEndIsDayFifty() {
        assertEquals(START, PLAN.day(1));
        assertEquals(LocalDate.of(2026, 12, 21), PLAN.day(21), "the end of week 3");
        assertEquals(LocalDate.of(2027, 1, 19), PLAN.day(50), "across the year's end");
        assertEquals(PLAN.day(50), PLAN.end());
        assertEquals(50, PLAN.dayOf(PLAN.end()));
        assertEquals(0, PLAN.dayOf(START.minusDays(1)), "before the start");
        assertEquals(LocalDate.of(2027, 3, 20), PLAN.endPlus(60));
        assertThrows(IllegalArgumentException.class, () -> PLAN.day(0));
    }

    @Test
    void everyDayTimerIsDueAtTenOnItsShanghaiDay() {
        assertEquals(shanghai("2026-12-21T10:00:00"), PLAN.due(TimerKind.WEEK_3_CALL), "T-04: day 21");
        assertEquals(shanghai("2027-01-19T10:00:00"), PLAN.due(TimerKind.PLAN_END), "T-05: day 50");
        assertEquals(shanghai("2027-01-21T10:00:00"), PLAN.due(TimerKind.FINAL_CALL), "T-06: end + 2");
        assertEquals(shanghai("2027-01-22T10:00:00"), PLAN.due(TimerKind.POST_PLAN), "T-07: end + 3");
        assertEquals(shanghai("2027-02-16T10:00:00"), PLAN.due(TimerKind.RECHECK_REPORT), "T-08: end + 28");
        assertEquals(shanghai("2027-02-18T10:00:00"), PLAN.due(TimerKind.RECHECK_REMINDER), "T-09: end + 30");
        assertEquals(shanghai("2027-03-20T10:00:00"), PLAN.due(TimerKind.SECOND_EVALUATION), "T-10: end + 60");
        assertThrows(IllegalArgumentException.class, () -> PLAN.due(TimerKind.DEADLINE));
    }

    @Test
    void aPlanMarkedEndedEarlierCountsItsAfterDaysFromThatDay() {
        PlanDays ended = new PlanDays(START, LocalDate.of(2027, 1, 18));
        assertEquals(shanghai("2027-01-20T10:00:00"), ended.due(TimerKind.FINAL_CALL));
        assertEquals(shanghai("2026-12-21T10:00:00"), ended.due(TimerKind.WEEK_3_CALL), "start-anchored days stay");
        assertThrows(IllegalArgumentException.class, () -> new PlanDays(START, START.minusDays(1)));
    }
}
