package com.clinic.model.timer;

import com.clinic.model.port.ArmedTimers;
import com.clinic.model.port.TimerScheduler;
import com.clinic.model.port.TimerScheduler.Timer;
import java.time.Clock;

/** Arms timers and cancels all of a subject's, keeping the record of what was armed. */
public final class Timers {
    private final TimerScheduler scheduler;
    private final ArmedTimers armed;
    private final Clock clock;

    public Timers(TimerScheduler scheduler, ArmedTimers armed, Clock clock) {
        this.scheduler = scheduler;
        this.armed = armed;
        this.clock = clock;
    }

    /** Schedules the timer and records it under its subject; arming it again changes nothing. */
    public void arm(Timer timer) {
        armed.record(timer);
        scheduler.schedule(timer);
    }

    /** Cancels every timer armed for the subject that has not fired yet. */
    public void cancelAll(TimerKind.Subject subject, String subjectId) {
        for (Timer t : armed.of(subject, subjectId)) {
            if (t.at().isAfter(clock.instant().minusSeconds(60))) {
                scheduler.cancel(t.name());
            }
        }
    }
}
