package com.clinic.program.functions.group;

import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.views.PageView;
import com.clinic.program.group.ProgramGroup;
import io.micronaut.context.ApplicationContext;

/** H-02: the group's messages, newest first, with who has read each; for its members only. */
@Serves({"H-02"})
@AllowedRoles({Role.ADMIN, Role.HEAD_COACH, Role.ASSISTANT_COACH, Role.CUSTOMER_SERVICE, Role.CUSTOMER})
public class ListGroupMessagesFunction extends ApiFunction {
    private final ProgramGroup group = bean(ProgramGroup.class);

    public ListGroupMessagesFunction() {
    }

    public ListGroupMessagesFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return ApiResponse.ok(PageView.of(group.list(r.actor(), r.path("id"), r.page()), m -> MessageView.of(m, group)));
    }
}
