package com.clinic.program;

import com.clinic.platform.calendar.Calendars;
import com.clinic.platform.port.TimerScheduler.Timer;
import com.clinic.platform.timer.TimerKind;
import com.clinic.platform.timer.Timers;
import java.time.Instant;
import java.util.List;

/**
 * T-12 for every program step: due times from the working-day calendar, a one-time timer armed for each deadline a
 * step opens, and the timers of the deadlines it closes cancelled.
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

    /**
     * The timers of the deadlines the change at {@code at} opened, to record with it (those armed before stay as
     * they are: each step schedules only its own).
     */
    public List<Timer> arm(Program p, Instant at) {
        return p.deadlines().stream().filter(d -> d.open() && at.equals(d.openedAt()))
                .map(d -> timer(p, d)).toList();
    }

    /**
     * Cancels the timers of the deadlines the change at {@code at} closed (one that fires anyway finds its step done
     * and does nothing); a retried request closes nothing again.
     */
    public void cancelClosed(Program p, Instant at) {
        p.deadlines().stream().filter(d -> at.equals(d.doneAt())).forEach(d -> timers.cancel(timer(p, d)));
    }

    private static Timer timer(Program p, Deadline d) {
        return new Timer(TimerKind.DEADLINE, p.id(), d.n(), d.dueAt());
    }
}
