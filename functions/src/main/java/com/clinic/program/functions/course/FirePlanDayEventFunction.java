package com.clinic.program.functions.course;

import com.clinic.platform.api.BusinessMetrics;
import com.clinic.platform.api.ClinicFunction;
import com.clinic.platform.api.Serves;
import com.clinic.platform.scheduler.TimerPayloads;
import com.clinic.platform.timer.TimerFired;
import com.clinic.platform.timer.TimerKind;
import com.clinic.program.course.CourseDesk;
import io.micronaut.context.ApplicationContext;
import java.util.Map;

/**
 * T-04…T-11: fired by a plan's one-time day schedules (the payload: the kind, the program, the occurrence). The
 * program as it is now decides: call 2 opens on day 21, customer service is prompted on day 50, call 3 opens on end
 * + 2, the customer is asked for photos (end + 3) and the re-check report (end + 28; end + 30 unless it came), the
 * coaches' two evaluations fall due, a coach whose service review is owed is reminded every 3 days (at most three
 * times; each reminder arms the next). A stopped plan, or a delivery that came before, changes nothing.
 */
@Serves({"T-04", "T-05", "T-06", "T-07", "T-08", "T-09", "T-10", "T-11", "H-17", "H-18", "H-19", "H-20", "H-21",
        "H-22", "H-23", "H-24"})
public class FirePlanDayEventFunction extends ClinicFunction<Map<String, Object>, Boolean> {
    private final CourseDesk course = bean(CourseDesk.class);

    public FirePlanDayEventFunction() {
    }

    public FirePlanDayEventFunction(ApplicationContext context) {
        super(context);
    }

    /** Before a snapshot: a day event for a program that does not exist is refused before anything is written. */
    @Override
    protected void prime() {
        try {
            execute(Map.of("kind", TimerKind.WEEK_3_CALL.name(), "subject", "PRIMING", "occurrence", 1, "at", "2026-01-01T02:00:00Z"));
        } catch (RuntimeException expected) {
            // no such program: the path up to the read is loaded
        }
    }

    @Override
    public Boolean execute(Map<String, Object> timer) {
        TimerFired fired = TimerPayloads.read(timer);
        boolean acted = course.fire(fired);
        if (acted) {
            BusinessMetrics.emit("TimersFired", 1, "Timer", fired.kind().specId());
        }
        return acted;
    }
}
