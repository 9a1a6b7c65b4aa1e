package com.clinic.journey.visit;

import com.clinic.platform.StaffRef;
import java.time.Instant;
import java.time.LocalDate;

/** C-27: the customer is admitted for the operation; the operation date starts the day 2/7/15 follow-ups. */
public record Admission(LocalDate operationDate, StaffRef owner, String notes, StaffRef by, Instant at) {
}
