package com.clinic.model.port;

import com.clinic.model.ShanghaiTime;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * One-time timers of SPEC section C. A timer's name is derived from its journey and event, so creating it
 * again changes nothing; it is deleted after it fires and can be cancelled before.
 */
public interface TimerScheduler {

    void schedule(Timer timer);

    /** Cancels a pending timer; cancelling one that fired or never existed is not an error. */
    void cancel(String name);

    /**
     * @param name    deterministic per journey and event, e.g. {@code visit-V2611221234-followup-d2}
     * @param at      when it fires
     * @param target  the logical name of the function it fires (the template's function id)
     * @param payload the JSON the function receives
     */
    record Timer(String name, Instant at, String target, String payload) {
        public Timer {
            if (!name.matches("[0-9A-Za-z_.-]{1,64}")) {
                throw new IllegalArgumentException("timer name must be 1-64 of [0-9A-Za-z_.-]: " + name);
            }
        }

        /** The fire time on the clinic's wall clock, as the scheduler's at() expression wants it. */
        public LocalDateTime localAt() {
            return LocalDateTime.ofInstant(at, ShanghaiTime.ZONE).withNano(0);
        }
    }
}
