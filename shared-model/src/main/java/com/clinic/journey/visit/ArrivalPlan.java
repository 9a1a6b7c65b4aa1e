package com.clinic.journey.visit;

import java.time.Instant;

/** When and where the customer lands: the driver meets them there (C-01, C-04). */
public record ArrivalPlan(Instant arrivalAt, TransportMode mode, String transportNo, String station) {
}
