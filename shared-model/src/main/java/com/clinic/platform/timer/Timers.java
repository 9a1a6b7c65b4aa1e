package com.clinic.platform.timer;

import com.clinic.platform.port.ArmedTimers;
import com.clinic.platform.port.TimerScheduler.Timer;
import com.clinic.platform.port.TimerScheduler;
import java.util.List;

/**
 * The scheduler's calls outside a change: cancelling a timer whose step is done, or all of a subject's (read from
 * the timers recorded with the changes that armed them), and scheduling again the ones a record kept (a loan
 * followed again). A change arms its timers as values ({@code Change.arming}); the command path schedules them.
 */
public final class Timers {
    private final TimerScheduler scheduler;
    private final ArmedTimers armed;

    public Timers(TimerScheduler scheduler, ArmedTimers armed) {
        this.scheduler = scheduler;
        this.armed = armed;
    }

    /** Schedules timers recorded before (scheduling one again changes nothing). */
    public void schedule(List<Timer> timers) {
        timers.forEach(scheduler::schedule);
    }

    /** Cancels one timer, whose step is done (cancelling one that already fired changes nothing). */
    public void cancel(Timer timer) {
        scheduler.cancel(timer.name());
    }

    /** Cancels every timer armed for the subject (cancelling one that already fired changes nothing). */
    public void cancelAll(TimerKind.Subject subject, String subjectId) {
        armed.of(subject, subjectId).forEach(t -> scheduler.cancel(t.name()));
    }
}
