package com.clinic.platform.scheduler;

import com.clinic.platform.port.TimerScheduler.Timer;
import com.clinic.platform.timer.TimerFired;
import com.clinic.platform.timer.TimerKind;
import java.util.Map;

/**
 * The payload a timer hands its function, {@code {"kind":"FOLLOW_UP_DAY_7","subject":"V261123-7KQ3MX",
 * "occurrence":1}}, written when it is scheduled and read when it fires (Lambda hands the function a map).
 */
public final class TimerPayloads {
    private TimerPayloads() {
    }

    public static String write(Timer t) {
        return "{\"kind\":\"" + t.kind().name() + "\",\"subject\":\"" + t.subjectId() + "\",\"occurrence\":"
                + t.occurrence() + "}";
    }

    public static TimerFired read(Map<String, Object> payload) {
        Object kind = payload.get("kind");
        Object subject = payload.get("subject");
        Object occurrence = payload.get("occurrence");
        if (!(kind instanceof String k) || !(subject instanceof String s) || !(occurrence instanceof Number n)) {
            throw new IllegalArgumentException("a timer payload needs kind, subject and occurrence: " + payload);
        }
        return new TimerFired(TimerKind.valueOf(k), s, n.intValue());
    }
}
