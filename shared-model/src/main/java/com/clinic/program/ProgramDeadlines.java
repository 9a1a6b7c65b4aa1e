package com.clinic.program;

import com.clinic.platform.calendar.Calendars;
import com.clinic.platform.port.TimerScheduler.Timer;
import com.clinic.platform.timer.TimerKind;
import com.clinic.platform.timer.Timers;
import java.time.Instant;
import java.util.List;

/**
 * T-12 for every program step: due times from the working-day calendar, a one-time timer armed for each open
 * deadline, and the timers of done steps cancelled (one that fires anyway finds its step done and does nothing).
 */
public final class ProgramDeadlines {
    private final Timers timers;
    private final Calendars calendars;

    public ProgramDeadlines(Timers timers, Calendars calendars) {
        this.timers = timers;
        this.calendars = calendars;
    }

    /** Each step's due time if it starts at {@code start}. */
    public Program.Due from(Instant start) {
        var calendar = calendars.calendar();
        return step -> step.dueAfter(start, calendar);
    }

    /** The timers of the open deadlines (arming one again changes nothing). */
    public List<Timer> arm(Program p) {
        return timers.arm(p.deadlines().stream().filter(Deadline::open)
                .map(d -> new Timer(TimerKind.DEADLINE, p.id(), d.n(), d.dueAt())).toList());
    }

    public void cancelDone(Program p) {
        p.deadlines().stream().filter(d -> !d.open())
                .forEach(d -> timers.cancel(new Timer(TimerKind.DEADLINE, p.id(), d.n(), d.dueAt())));
    }
}
