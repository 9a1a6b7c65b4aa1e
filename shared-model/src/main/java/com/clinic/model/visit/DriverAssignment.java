package com.clinic.model.visit;

import com.clinic.model.StaffRef;
import java.time.Instant;

/** One entry of the driver history (C-02 first assignment, C-03 each change with its reason). */
public record DriverAssignment(StaffRef driver, StaffRef assignedBy, Instant assignedAt, String reason) {
}
