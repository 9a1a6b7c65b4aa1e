package com.clinic.aftersales.functions;

import com.clinic.aftersales.AfterSalesService;
import com.clinic.platform.api.ClinicFunction;
import com.clinic.platform.api.Serves;
import com.clinic.platform.scheduler.TimerPayloads;
import com.clinic.platform.timer.TimerFired;
import com.clinic.platform.timer.TimerKind;
import com.clinic.platform.api.BusinessMetrics;
import io.micronaut.context.ApplicationContext;
import java.util.Map;

/**
 * T-01/T-02/T-03: fired by the one-time schedule of a follow-up day (its payload: the kind, the visit code);
 * puts the call in the after-sales queue once, and only while the visit is still admitted.
 */
@Serves({"T-01", "T-02", "T-03"})
public class RaiseFollowUpTaskFunction extends ClinicFunction<Map<String, Object>, Boolean> {
    private final AfterSalesService afterSales = bean(AfterSalesService.class);

    public RaiseFollowUpTaskFunction() {
    }

    public RaiseFollowUpTaskFunction(ApplicationContext context) {
        super(context);
    }

    /** Before a snapshot: a timer for a visit that does not exist is refused before anything is written. */
    @Override
    protected void prime() {
        try {
            execute(Map.of("kind", TimerKind.FOLLOW_UP_DAY_2.name(), "subject", "PRIMING", "occurrence", 1, "at", "2026-01-01T02:00:00Z"));
        } catch (RuntimeException expected) {
            // no such visit: the path up to the read is loaded
        }
    }

    @Override
    public Boolean execute(Map<String, Object> timer) {
        TimerFired fired = TimerPayloads.read(timer);
        if (fired.kind().anchor() != TimerKind.Anchor.OPERATION_DATE) {
            throw new IllegalArgumentException("not a follow-up timer: " + fired);
        }
        boolean raised = afterSales.raiseFollowUp(fired.subjectId(), fired.kind().days(), fired.scheduledAt());
        if (raised) {
            BusinessMetrics.emit("TimersFired", 1, "Timer", fired.kind().specId());
        }
        return raised;
    }
}
