package com.clinic.functions.config;

import com.clinic.model.timer.TimerKind;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which function each kind of timer fires (its logical id in template.yaml). The domain names kinds only; this is
 * where a kind meets its handler, for the deployed scheduler and the local one alike.
 */
public final class TimerTargets {
    public static final Map<TimerKind, String> FUNCTIONS = Map.of(
            TimerKind.FOLLOW_UP_DAY_2, "RaiseFollowUpTaskFunction",
            TimerKind.FOLLOW_UP_DAY_7, "RaiseFollowUpTaskFunction",
            TimerKind.FOLLOW_UP_DAY_15, "RaiseFollowUpTaskFunction");

    private TimerTargets() {
    }

    /** Each kind's function ARN, from {@code Name=arn,Name=arn} as the template writes CLINIC_TIMER_TARGETS. */
    static Map<TimerKind, String> arns(String targets) {
        Map<String, String> byFunction = new LinkedHashMap<>();
        for (String pair : targets.split(",")) {
            String[] kv = pair.strip().split("=", 2);
            if (kv.length == 2) {
                byFunction.put(kv[0], kv[1]);
            }
        }
        Map<TimerKind, String> out = new EnumMap<>(TimerKind.class);
        FUNCTIONS.forEach((kind, function) -> {
            if (byFunction.containsKey(function)) {
                out.put(kind, byFunction.get(function));
            }
        });
        return out;
    }
}
