package com.clinic.functions.views;

import com.clinic.model.followup.FollowUpTask;
import io.micronaut.serde.annotation.Serdeable;

/** A post-op follow-up call due on day 2, 7 or 15 (C-22). */
@Serdeable
public record FollowUpView(String visitCode, int day, String dueDate, String customerName, String phone,
                           StaffView.Ref owner) {
    public static FollowUpView of(FollowUpTask t) {
        return new FollowUpView(t.visitCode(), t.day(), t.dueDate().toString(), t.customerName(), t.phone(),
                StaffView.Ref.of(t.owner()));
    }
}
