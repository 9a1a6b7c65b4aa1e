package com.clinic.aftersales.functions.followups;

import com.clinic.aftersales.followup.FollowUpDesk;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import io.micronaut.context.ApplicationContext;

/**
 * C-22 术后跟进 详情: the follow-up with the customer, the operation, its calls and care note, and the customer's
 * earlier disputes, care notes and calls (by mobile, any visit), newest first.
 */
@Serves({"C-22"})
@AllowedRoles({Role.AFTER_SALES, Role.SUPER_ADMIN})
public class GetFollowUpTaskFunction extends ApiFunction {
    private final FollowUpDesk desk = bean(FollowUpDesk.class);

    public GetFollowUpTaskFunction() {
    }

    public GetFollowUpTaskFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        FollowUpDesk.Detail d = desk.get(r.actor(), r.path("id"));
        return ApiResponse.ok(FollowUpDetailView.of(d, desk.now())).withETag(d.task().version());
    }
}
