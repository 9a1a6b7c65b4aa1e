package com.clinic.aftersales.functions.loans;

import com.clinic.aftersales.loan.LoanLedger;
import com.clinic.platform.api.BusinessMetrics;
import com.clinic.platform.api.ClinicFunction;
import com.clinic.platform.api.Serves;
import com.clinic.platform.scheduler.TimerPayloads;
import com.clinic.platform.timer.TimerFired;
import com.clinic.platform.timer.TimerKind;
import io.micronaut.context.ApplicationContext;
import java.util.Map;

/**
 * C-19 → C-20: fired by a loan period's one-time schedule, the day after its due date at 10:00 (its payload: the
 * kind, the loan, the period). A period still unpaid is reported overdue once and its owner gets a dunning task; a
 * period paid in time, a late or a repeated firing change nothing.
 */
@Serves({"C-19", "C-20"})
public class ReportOverdueLoanPeriodFunction extends ClinicFunction<Map<String, Object>, Boolean> {
    private final LoanLedger ledger = bean(LoanLedger.class);

    public ReportOverdueLoanPeriodFunction() {
    }

    public ReportOverdueLoanPeriodFunction(ApplicationContext context) {
        super(context);
    }

    /** Before a snapshot: a timer for a loan that does not exist is refused before anything is written. */
    @Override
    protected void prime() {
        try {
            execute(Map.of("kind", TimerKind.LOAN_OVERDUE.name(), "subject", "PRIMING", "occurrence", 1, "at", "2026-01-01T02:00:00Z"));
        } catch (RuntimeException expected) {
            // no such loan: the path up to the read is loaded
        }
    }

    @Override
    public Boolean execute(Map<String, Object> timer) {
        TimerFired fired = TimerPayloads.read(timer);
        if (fired.kind() != TimerKind.LOAN_OVERDUE) {
            throw new IllegalArgumentException("not a loan's overdue timer: " + fired);
        }
        boolean reported = ledger.reportOverdue(fired.subjectId(), fired.occurrence(), fired.scheduledAt());
        if (reported) {
            BusinessMetrics.emit("TimersFired", 1, "Timer", fired.kind().specId());
        }
        return reported;
    }
}
