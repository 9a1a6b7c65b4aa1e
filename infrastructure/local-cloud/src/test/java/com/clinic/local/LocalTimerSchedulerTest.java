package com.clinic.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.clinic.emulators.AdjustableClock;
import com.clinic.emulators.Template.Intrinsic;
import com.clinic.emulators.Template.Resource;
import com.clinic.platform.port.TimerScheduler.Timer;
import com.clinic.platform.timer.TimerKind;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The local scheduler's daily schedules (T-13's kind of timer): once a day at their Shanghai time, retried, no more. */
class LocalTimerSchedulerTest {
    /** As the template's schedule has it: the scheduler fills in each run's scheduled time. */
    static final String PAYLOAD = "{\"kind\":\"DAILY_POSTS\",\"subject\":\"all\",\"occurrence\":1,"
            + "\"at\":\"<aws.scheduler.scheduled-time>\"}";

    final AdjustableClock clock = new AdjustableClock();
    final List<String> invoked = new ArrayList<>();
    final List<Timer> deadLetters = new ArrayList<>();
    final LocalTimerScheduler scheduler = new LocalTimerScheduler(clock, null);

    @Test
    void aDailyScheduleRunsOnceForEveryDayTheClockPassesItsShanghaiTime() {
        clock.setTo(Instant.parse("2026-11-23T00:00:00Z")); // 08:00 in Shanghai
        scheduler.connect((fn, json) -> invoked.add(fn + " " + json), deadLetters::add);
        scheduler.daily(new LocalTimerScheduler.Daily("DailyPostsFunction", LocalTime.of(8, 30), PAYLOAD));

        assertEquals(0, scheduler.advance(Duration.ofMinutes(29)));
        assertEquals(1, scheduler.advance(Duration.ofMinutes(1)));
        assertEquals(0, scheduler.fireDue(), "a tick at the same time runs nothing twice");
        assertEquals(3, scheduler.advance(Duration.ofDays(3)), "three more days, three more runs");
        assertEquals(List.of("2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26").stream()
                .map(d -> "DailyPostsFunction " + PAYLOAD.replace("<aws.scheduler.scheduled-time>", d + "T00:30:00Z"))
                .toList(), invoked, "each run carries its own scheduled time");
    }

    @Test
    void aFailingRunIsRetriedThreeTimesThenDeadLetteredAndTheNextDayRunsAgain() {
        clock.setTo(Instant.parse("2026-11-23T00:31:00Z"));
        int[] calls = {0};
        scheduler.connect((fn, json) -> {
            if (++calls[0] <= 3) {
                throw new IllegalStateException("down");
            }
        }, deadLetters::add);
        scheduler.daily(new LocalTimerScheduler.Daily("DailyPostsFunction", LocalTime.of(8, 30), PAYLOAD));
        scheduler.advance(Duration.ofDays(1)); // 24 Nov 08:31: the first run fails
        scheduler.fireDue();
        scheduler.fireDue();
        assertEquals(1, deadLetters.size());
        assertEquals(Instant.parse("2026-11-24T00:30:00Z"), deadLetters.get(0).at());
        assertEquals(TimerKind.DAILY_POSTS, deadLetters.get(0).kind());
        assertEquals(1, scheduler.advance(Duration.ofDays(1)));
    }

    @Test
    void templateSchedulesAreReadAsDailyCronInShanghaiOnly() {
        Map<String, Object> target = Map.of("Arn", new Intrinsic("Ref", "DailyPostsFunction.Alias"), "Input", PAYLOAD);
        Resource daily = schedule(Map.of("ScheduleExpression", "cron(30 8 * * ? *)",
                "ScheduleExpressionTimezone", "Asia/Shanghai", "Target", target));
        assertEquals(new LocalTimerScheduler.Daily("DailyPostsFunction", LocalTime.of(8, 30), PAYLOAD),
                LocalTimerScheduler.Daily.of(daily));
        assertThrows(IllegalStateException.class, () -> LocalTimerScheduler.Daily.of(schedule(Map.of(
                "ScheduleExpression", "cron(30 8 * * ? *)", "ScheduleExpressionTimezone", "UTC", "Target", target))));
        assertThrows(IllegalStateException.class, () -> LocalTimerScheduler.Daily.of(schedule(Map.of(
                "ScheduleExpression", "rate(1 day)", "ScheduleExpressionTimezone", "Asia/Shanghai", "Target", target))));
    }

    private static Resource schedule(Map<String, Object> properties) {
        return new Resource("DailyPosts0830", "AWS::Scheduler::Schedule", properties, Map.of(), null);
    }
}
