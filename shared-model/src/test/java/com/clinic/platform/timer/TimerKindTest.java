package com.clinic.platform.timer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every timer of SPEC section C is declared once, with its due time computed in one place. */
class TimerKindTest {
    @Test
    void eachSpecTimerIsDeclaredOnce() {
        List<String> ids = Arrays.stream(TimerKind.values()).map(TimerKind::specId).toList();
        assertEquals(List.of("T-01", "T-02", "T-03", "T-04", "T-05", "T-06", "T-07", "T-08", "T-09", "T-10",
                "T-11", "T-12", "T-13", "C-19"), ids, "the SPEC's timers, then the loan ledger's overdue timer");
    }

    @Test
    void dueTimesCountCalendarDaysFromTheAnchorAtTenInShanghai() {
        LocalDate operation = LocalDate.of(2026, 11, 24);
        assertEquals(Instant.parse("2026-12-01T02:00:00Z"), TimerKind.followUp(7).dueAfter(operation));
        assertEquals(Instant.parse("2026-12-11T02:00:00Z"), TimerKind.FOLLOW_UP_DAY_15.dueAfter(LocalDate.of(2026,
                11, 26)));
        LocalDate start = LocalDate.of(2026, 12, 1);
        assertEquals(Instant.parse("2026-12-21T02:00:00Z"), TimerKind.WEEK_3_CALL.dueAfter(start), "plan day 21");
        assertEquals(Instant.parse("2027-01-19T02:00:00Z"), TimerKind.PLAN_END.dueAfter(start), "plan day 50");
        assertThrows(IllegalStateException.class, () -> TimerKind.DEADLINE.dueAfter(start));
        assertEquals(Instant.parse("2027-01-16T02:00:00Z"), TimerKind.LOAN_OVERDUE.dueAfter(LocalDate.of(2027, 1, 15)),
                "the day after the due date, 10:00 Shanghai");
        assertThrows(IllegalArgumentException.class, () -> TimerKind.followUp(3));
    }

    @Test
    void namesStartWithTheirSubject() {
        assertEquals("visit-V261123-7KQ3MX-followup-d7", TimerKind.FOLLOW_UP_DAY_7.timerName("V261123-7KQ3MX", 1));
        assertEquals("program-P1-review-3", TimerKind.EVALUATION_REMINDER.timerName("P1", 3));
        assertEquals("loan-PAY1-overdue-3", TimerKind.LOAN_OVERDUE.timerName("PAY1", 3));
        assertEquals("visit-V261123-7KQ3MX-", TimerKind.namePrefix(TimerKind.Subject.VISIT, "V261123-7KQ3MX"));
    }

    /**
     * EventBridge Scheduler names hold 64 characters: every program timer fits with the longest program id (P- and
     * a 40-character order number), the review reminder's third occurrence and a program's 99th deadline.
     */
    @Test
    void everyProgramTimerNameFitsTheSchedulersLimit() {
        String longest = "P-" + "9".repeat(40);
        for (TimerKind kind : TimerKind.values()) {
            if (kind.subject() == TimerKind.Subject.PROGRAM) {
                int occurrence = kind == TimerKind.DEADLINE ? 99 : kind == TimerKind.EVALUATION_REMINDER ? 3 : 1;
                String name = kind.timerName(longest, occurrence);
                assertTrue(name.length() <= 64, name + " is " + name.length() + " characters");
                new com.clinic.platform.port.TimerScheduler.Timer(kind, longest, occurrence, Instant.EPOCH);
            }
        }
    }

    @Test
    void dailyKindsAndOnlyThoseRecurAtTheirShanghaiTimes() {
        for (TimerKind k : TimerKind.values()) {
            assertEquals(k.anchor() == TimerKind.Anchor.DAILY, !k.dailyAt().isEmpty(), k.name());
        }
        assertEquals(List.of(java.time.LocalTime.of(8, 30), java.time.LocalTime.of(16, 0)),
                TimerKind.DAILY_POSTS.dailyAt());
        assertEquals("clinic-all-daily-posts-2", TimerKind.DAILY_POSTS.timerName(TimerKind.ALL, 2));
    }
}
