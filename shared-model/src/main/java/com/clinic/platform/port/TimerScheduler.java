package com.clinic.platform.port;

import com.clinic.platform.ShanghaiTime;
import com.clinic.platform.timer.TimerKind;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * One-time timers of SPEC section C. A timer is named by its subject, kind and occurrence, so creating it again
 * changes nothing; it is deleted after it fires and can be cancelled before. The adapter turns the kind into
 * the function it fires and the timer into that function's payload.
 */
public interface TimerScheduler {
    /** For a kind of record whose changes arm no timer: asking it to schedule one is a wiring mistake. */
    TimerScheduler NONE = new TimerScheduler() {
        @Override
        public void schedule(Timer timer) {
            throw new IllegalStateException("this command path arms no timers: " + timer.name());
        }

        @Override
        public void cancel(String name) {
            throw new IllegalStateException("this command path arms no timers: " + name);
        }
    };

    void schedule(Timer timer);

    /** Cancels a pending timer by name; cancelling one that fired or never existed is not an error. */
    void cancel(String name);

    /**
     * @param kind       what it fires
     * @param subjectId  the visit code or program id it belongs to
     * @param occurrence 1, or the count of a repeated reminder (T-11)
     * @param at         when it fires
     */
    record Timer(TimerKind kind, String subjectId, int occurrence, Instant at) {
        public Timer {
            if (!name(kind, subjectId, occurrence).matches("[0-9A-Za-z_.-]{1,64}")) {
                throw new IllegalArgumentException("timer name must be 1-64 of [0-9A-Za-z_.-]: "
                        + name(kind, subjectId, occurrence));
            }
        }

        private static String name(TimerKind kind, String subjectId, int occurrence) {
            return kind.timerName(subjectId, occurrence);
        }

        public String name() {
            return name(kind, subjectId, occurrence);
        }

        /** The fire time on the clinic's wall clock, as the scheduler's at() expression wants it. */
        public LocalDateTime localAt() {
            return LocalDateTime.ofInstant(at, ShanghaiTime.ZONE).withNano(0);
        }
    }
}
