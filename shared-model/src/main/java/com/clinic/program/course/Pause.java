package com.clinic.program.course;

import com.clinic.platform.StaffRef;
import java.time.Instant;
import java.time.LocalDate;

/** The head coach paused a day's plan on the customer's symptoms; resumed the same day or ended by that day. */
public record Pause(LocalDate date, int day, String symptoms, String reason, StaffRef by, Instant at,
                    StaffRef resumedBy, Instant resumedAt) {
    public boolean open(LocalDate today) {
        return resumedAt == null && date.equals(today);
    }

    Pause resumed(StaffRef who, Instant when) {
        return new Pause(date, day, symptoms, reason, by, at, who, when);
    }
}
