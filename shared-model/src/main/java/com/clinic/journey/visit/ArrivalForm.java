package com.clinic.journey.visit;

import com.clinic.platform.Check;
import java.time.Duration;
import java.time.Instant;

/** When and how the customer arrives, as typed by sales. */
public record ArrivalForm(String arrivalAt, String mode, String transportNo, String station) {
    /** A booking may be entered a little after the fact (the customer already landed), not days late. */
    static final Duration LATE_ENTRY = Duration.ofHours(12);
    /** Bookings are for the coming months; a date years ahead is a typing mistake and would sort first. */
    static final Duration FURTHEST = Duration.ofDays(365);

    ArrivalPlan validate(Check check, String prefix, Instant now) {
        Instant at = check.instant(prefix + "arrivalAt", arrivalAt);
        if (at != null && at.isBefore(now.minus(LATE_ENTRY))) {
            check.fail(prefix + "arrivalAt", "is in the past");
        } else if (at != null && at.isAfter(now.plus(FURTHEST))) {
            check.fail(prefix + "arrivalAt", "must be within a year from now");
        }
        TransportMode m = check.oneOf(prefix + "mode", mode, TransportMode.class, null);
        String no = m == TransportMode.OTHER
                ? check.optional(prefix + "transportNo", transportNo, 20)
                : check.required(prefix + "transportNo", transportNo, 20);
        return new ArrivalPlan(at, m, no, check.required(prefix + "station", station, 100));
    }
}
