package com.clinic.platform.views;

import com.clinic.aftersales.followup.FollowUpTask;
import com.clinic.platform.ShanghaiTime;
import io.micronaut.serde.annotation.Serdeable;

/** A post-op follow-up call due on day 2, 7 or 15 (C-22), with its id, status and due time. */
@Serdeable
public record FollowUpView(String id, String visitCode, int day, String dueDate, String dueAt, String status,
                           String customerName, String phone, StaffView.Ref owner) {
    public static FollowUpView of(FollowUpTask t) {
        return new FollowUpView(t.id(), t.visitCode(), t.day(), t.dueDate().toString(), ShanghaiTime.show(t.dueAt()),
                t.status().name(), t.customerName(), t.phone(), StaffView.Ref.of(t.owner()));
    }
}
