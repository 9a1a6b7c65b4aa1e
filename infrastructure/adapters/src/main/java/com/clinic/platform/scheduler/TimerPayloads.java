package com.clinic.platform.scheduler;

import com.clinic.platform.port.TimerScheduler.Timer;
import com.clinic.platform.timer.TimerFired;
import com.clinic.platform.timer.TimerKind;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * The payload a timer hands its function, {@code {"kind":"FOLLOW_UP_DAY_7","subject":"V261123-7KQ3MX",
 * "occurrence":1,"at":"2026-11-25T02:00:00Z"}}, written when it is scheduled and read when it fires (Lambda hands
 * the function a map). {@code at} is when it was due: a one-time timer's is written with it, a recurring schedule's
 * is EventBridge Scheduler's {@value #SCHEDULED_TIME}, filled in at each run.
 */
public final class TimerPayloads {
    private TimerPayloads() {
    }

    /** The scheduler's context attribute that stands for a run's scheduled time in a target's input. */
    public static final String SCHEDULED_TIME = "<aws.scheduler.scheduled-time>";

    public static String write(Timer t) {
        return "{\"kind\":\"" + t.kind().name() + "\",\"subject\":\"" + t.subjectId() + "\",\"occurrence\":"
                + t.occurrence() + ",\"at\":\"" + t.at() + "\"}";
    }

    public static TimerFired read(Map<String, Object> payload) {
        Object kind = payload.get("kind");
        Object subject = payload.get("subject");
        Object occurrence = payload.get("occurrence");
        Object at = payload.get("at");
        if (!(kind instanceof String k) || !(subject instanceof String s) || !(occurrence instanceof Number n)
                || !(at instanceof String time)) {
            throw new IllegalArgumentException("a timer payload needs kind, subject, occurrence and at: " + payload);
        }
        try {
            return new TimerFired(TimerKind.valueOf(k), s, n.intValue(), Instant.parse(time));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("a timer payload's at is an ISO instant: " + payload, e);
        }
    }
}
