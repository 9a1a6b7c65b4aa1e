package com.clinic.program.functions.deadlines;

import com.clinic.platform.api.BusinessMetrics;
import com.clinic.platform.api.ClinicFunction;
import com.clinic.platform.api.Serves;
import com.clinic.platform.scheduler.TimerPayloads;
import com.clinic.platform.timer.TimerFired;
import com.clinic.platform.timer.TimerKind;
import com.clinic.program.order.Programs;
import io.micronaut.context.ApplicationContext;
import java.util.Map;

/**
 * T-12: fired by the one-time schedule of a step's deadline (its payload: the kind, the program, the deadline's
 * number); a step still undone is reported overdue to the role that owes it and to its lead, once; a step done
 * in time, or a timer that fires twice, changes nothing.
 */
@Serves({"T-12"})
public class ReportOverdueDeadlineFunction extends ClinicFunction<Map<String, Object>, Boolean> {
    private final Programs programs = bean(Programs.class);

    public ReportOverdueDeadlineFunction() {
    }

    public ReportOverdueDeadlineFunction(ApplicationContext context) {
        super(context);
    }

    /** Before a snapshot: a timer for a program that does not exist is refused before anything is written. */
    @Override
    protected void prime() {
        try {
            execute(Map.of("kind", TimerKind.DEADLINE.name(), "subject", "PRIMING", "occurrence", 1, "at", "2026-01-01T02:00:00Z"));
        } catch (RuntimeException expected) {
            // no such program: the path up to the read is loaded
        }
    }

    @Override
    public Boolean execute(Map<String, Object> timer) {
        TimerFired fired = TimerPayloads.read(timer);
        if (fired.kind() != TimerKind.DEADLINE) {
            throw new IllegalArgumentException("not a deadline timer: " + fired);
        }
        boolean reported = programs.reportOverdue(fired.subjectId(), fired.occurrence(), fired.scheduledAt());
        if (reported) {
            BusinessMetrics.emit("TimersFired", 1, "Timer", fired.kind().specId());
        }
        return reported;
    }
}
