package com.clinic.aftersales.followup;

import com.clinic.platform.StaffRef;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * C-22: a post-op call due on day 2, 7 or 15 after the operation, in its owner's after-sales queue. Its id is the
 * visit and the day ({@code V261123-7KQ3MX-D07}), so a timer that fires twice meets its own task.
 */
public record FollowUpTask(String visitCode, int day, LocalDate dueDate, Instant dueAt, Status status,
                           String customerName, String phone, StaffRef owner, Instant createdAt) {

    /** OPEN in the queue; CANCELLED when the journey was rejected (reopened if it is restored). */
    public enum Status { OPEN, CANCELLED }

    /** T-01/T-02/T-03: the days after the operation a follow-up falls due. */
    public static final List<Integer> DAYS = List.of(2, 7, 15);

    /** C-22: an open call not made by the end of its day (Asia/Shanghai) shows as late. */
    public boolean lateOn(LocalDate today) {
        return status == Status.OPEN && dueDate.isBefore(today);
    }

    public String id() {
        return visitCode + "-D" + String.format("%02d", day);
    }
}
