package com.clinic.journey.visit;

import com.clinic.platform.StaffRef;
import java.time.Instant;

/** A customer's refusal of an optional step (pre-op photos), as recorded by staff. */
public record Refusal(String reason, StaffRef by, Instant at) {
}
