package com.clinic.platform.config;

import com.clinic.platform.timer.TimerKind;
import java.util.EnumMap;
import java.util.Map;

/**
 * Which function each kind of timer fires (its logical id in its department's stack). The domain names kinds only; this is
 * where a kind meets its handler, for the deployed scheduler and the local one alike.
 */
public final class TimerTargets {
    public static final Map<TimerKind, String> FUNCTIONS = Map.ofEntries(
            Map.entry(TimerKind.FOLLOW_UP_DAY_2, "RaiseFollowUpTaskFunction"),
            Map.entry(TimerKind.FOLLOW_UP_DAY_7, "RaiseFollowUpTaskFunction"),
            Map.entry(TimerKind.FOLLOW_UP_DAY_15, "RaiseFollowUpTaskFunction"),
            Map.entry(TimerKind.LOAN_OVERDUE, "ReportOverdueLoanPeriodFunction"),
            Map.entry(TimerKind.DEADLINE, "ReportOverdueDeadlineFunction"),
            Map.entry(TimerKind.WEEK_3_CALL, "FirePlanDayEventFunction"),
            Map.entry(TimerKind.PLAN_END, "FirePlanDayEventFunction"),
            Map.entry(TimerKind.FINAL_CALL, "FirePlanDayEventFunction"),
            Map.entry(TimerKind.POST_PLAN, "FirePlanDayEventFunction"),
            Map.entry(TimerKind.RECHECK_REPORT, "FirePlanDayEventFunction"),
            Map.entry(TimerKind.RECHECK_REMINDER, "FirePlanDayEventFunction"),
            Map.entry(TimerKind.SECOND_EVALUATION, "FirePlanDayEventFunction"),
            Map.entry(TimerKind.EVALUATION_REMINDER, "FirePlanDayEventFunction"),
            Map.entry(TimerKind.DAILY_POSTS, "RemindDailyPostsFunction"));

    private TimerTargets() {
    }

    /**
     * Each kind's function ARN: the prefix the template sets ({@code arn:…:function:<root stack>-}), the function's
     * name (its logical id without "Function", as its {@code FunctionName} says) and the live alias.
     */
    static Map<TimerKind, String> arns(String prefix) {
        Map<TimerKind, String> out = new EnumMap<>(TimerKind.class);
        FUNCTIONS.forEach((kind, function) -> out.put(kind, prefix + functionName(function) + ":live"));
        return out;
    }

    /** The deployed name's suffix of a timer target: RaiseFollowUpTaskFunction is {@code <root stack>-RaiseFollowUpTask}. */
    public static String functionName(String logicalId) {
        return logicalId.replaceFirst("Function$", "");
    }
}
