package com.clinic.aftersales.functions.followups;

import com.clinic.aftersales.followup.FollowUpDesk;
import com.clinic.aftersales.followup.FollowUpTask;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.command.Outcome;
import com.clinic.platform.views.FollowUpView;
import io.micronaut.context.ApplicationContext;

/**
 * C-22 拨打电话: the call record, made as the call starts (If-Match: the follow-up's version); its recording is
 * linked when the recording system has uploaded it.
 */
@Serves({"C-22"})
@AllowedRoles({Role.AFTER_SALES, Role.SUPER_ADMIN})
public class StartFollowUpCallFunction extends ApiFunction {
    private final FollowUpDesk desk = bean(FollowUpDesk.class);

    public StartFollowUpCallFunction() {
    }

    public StartFollowUpCallFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        r.noBody();
        Outcome<FollowUpTask> started = desk.startCall(r.actor(), r.path("id"), r.ifMatch(), r.idempotencyKey());
        FollowUpTask t = started.value();
        return ApiResponse.created(FollowUpView.of(t, desk.now()), "/follow-ups/" + t.id()).taggedWith(started);
    }
}
