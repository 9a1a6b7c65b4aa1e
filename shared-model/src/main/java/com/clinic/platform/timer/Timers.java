package com.clinic.platform.timer;

import com.clinic.platform.port.ArmedTimers;
import com.clinic.platform.port.TimerScheduler.Timer;
import com.clinic.platform.port.TimerScheduler;
import java.util.List;

/**
 * Arms timers and cancels all of a subject's. A command hands the timers it armed to the command path, which
 * records them with the change, in its transaction; cancelling reads that record.
 */
public final class Timers {
    private final TimerScheduler scheduler;
    private final ArmedTimers armed;

    public Timers(TimerScheduler scheduler, ArmedTimers armed) {
        this.scheduler = scheduler;
        this.armed = armed;
    }

    /** Schedules the timers (arming one again changes nothing) and returns them, to be recorded with the change. */
    public List<Timer> arm(List<Timer> timers) {
        timers.forEach(scheduler::schedule);
        return timers;
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
