package com.clinic.aftersales.functions;

import com.clinic.aftersales.followup.FollowUpDesk;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.views.FollowUpView;
import com.clinic.platform.views.PageView;
import io.micronaut.context.ApplicationContext;
import java.time.Instant;

/**
 * C-22: open post-op follow-ups, earliest due first, each marked late once its day has passed; ?owner=me for the
 * signed-in owner's own.
 */
@Serves({"C-22"})
@AllowedRoles(Role.AFTER_SALES)
public class ListFollowUpTasksFunction extends ApiFunction {
    private final FollowUpDesk desk = bean(FollowUpDesk.class);

    public ListFollowUpTasksFunction() {
    }

    public ListFollowUpTasksFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        String owner = "me".equals(r.query("owner")) ? r.actor().id() : r.query("owner");
        Instant now = desk.now();
        return ApiResponse.ok(PageView.of(desk.open(owner, r.page()), t -> FollowUpView.of(t, now)));
    }
}
