package com.clinic.platform.port;

import com.clinic.platform.port.TimerScheduler.Timer;
import com.clinic.platform.timer.TimerKind;
import java.util.List;

/**
 * The record of armed timers by subject (written with the change that armed them, see
 * {@link AggregateStore#commit}), so that rejecting a journey or stopping a plan cancels exactly what was armed
 * for it — repeated reminders and calendar deadlines included — instead of recomputing names.
 */
public interface ArmedTimers {
    /** The timers armed for a subject. */
    List<Timer> of(TimerKind.Subject subject, String subjectId);
}
