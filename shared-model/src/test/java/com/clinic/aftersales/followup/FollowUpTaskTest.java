package com.clinic.aftersales.followup;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinic.platform.StaffRef;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** C-22: a call still open after its day shows as late; on its day, or once cancelled, it does not. */
class FollowUpTaskTest {
    static FollowUpTask task(FollowUpTask.Status status) {
        return new FollowUpTask("V261123-AAAAA1", 7, LocalDate.of(2026, 12, 1), Instant.parse("2026-12-01T02:00:00Z"),
                status, "张丽", "13912345678", new StaffRef("a1", "陈售后"), Instant.parse("2026-12-01T02:00:00Z"));
    }

    @Test
    void anOpenCallIsLateTheDayAfterItsDay() {
        assertFalse(task(FollowUpTask.Status.OPEN).lateOn(LocalDate.of(2026, 12, 1)), "on its day");
        assertTrue(task(FollowUpTask.Status.OPEN).lateOn(LocalDate.of(2026, 12, 2)));
        assertFalse(task(FollowUpTask.Status.CANCELLED).lateOn(LocalDate.of(2026, 12, 9)));
    }
}
