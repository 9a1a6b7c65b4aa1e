package com.clinic.aftersales.functions.followups;

import com.clinic.aftersales.followup.FollowUpDesk;
import com.clinic.aftersales.followup.FollowUpForms.RecordingForm;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.views.FollowUpView;
import io.micronaut.context.ApplicationContext;

/**
 * C-22 / C-30: the uploaded recording, checked to be in storage, linked to its call with the call's length
 * (If-Match: the follow-up's version).
 */
@Serves({"C-22", "C-30"})
@AllowedRoles({Role.AFTER_SALES, Role.SUPER_ADMIN})
public class LinkCallRecordingFunction extends ApiFunction {
    private final FollowUpDesk desk = bean(FollowUpDesk.class);

    public LinkCallRecordingFunction() {
    }

    public LinkCallRecordingFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        var linked = desk.linkRecording(r.actor(), r.path("id"), r.path("callId"), r.ifMatch(),
                r.body(RecordingForm.class), r.idempotencyKey());
        return ApiResponse.ok(FollowUpView.of(linked.value(), desk.now())).taggedWith(linked);
    }
}
