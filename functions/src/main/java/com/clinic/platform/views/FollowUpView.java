package com.clinic.platform.views;

import com.clinic.aftersales.followup.FollowUpTask;
import com.clinic.platform.ShanghaiTime;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * A post-op follow-up call due on day 2, 7 or 15 (C-22), with its id, status and due time, and whether it is late
 * (still open after its day) as of now.
 */
@Serdeable
public record FollowUpView(String id, String visitCode, int day, String dueDate, String dueAt, String status,
                           boolean late, String customerName, String phone, StaffView.Ref owner) {
    public static FollowUpView of(FollowUpTask t, Instant now) {
        return new FollowUpView(t.id(), t.visitCode(), t.day(), t.dueDate().toString(), ShanghaiTime.show(t.dueAt()),
                t.status().name(), t.lateOn(ShanghaiTime.dateOf(now)), t.customerName(), t.phone(),
                StaffView.Ref.of(t.owner()));
    }
}
