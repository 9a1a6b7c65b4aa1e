package com.clinic.program.course;

import com.clinic.platform.StaffRef;
import java.time.Instant;

/** H-16 the customer feels unwell (头晕、乏力…): what, for how long, who passed it on, when. */
public record SymptomReport(String symptoms, String since, StaffRef by, Instant at) {
}
