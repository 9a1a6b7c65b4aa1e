package com.clinic.program.functions.group;

import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.program.group.ProgramGroup;
import io.micronaut.context.ApplicationContext;

/** H-02: the member has read the message (the read receipt keeps the first time). */
@Serves({"H-02"})
@AllowedRoles({Role.ADMIN, Role.HEAD_COACH, Role.ASSISTANT_COACH, Role.CUSTOMER_SERVICE, Role.CUSTOMER})
public class MarkMessageReadFunction extends ApiFunction {
    private final ProgramGroup group = bean(ProgramGroup.class);

    public MarkMessageReadFunction() {
    }

    public MarkMessageReadFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        r.noBody();
        return ApiResponse.ok(MessageView.of(group.read(r.actor(), r.path("id"), r.path("messageId")), group));
    }
}
