package com.clinic.program.functions.group;

import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.program.group.ProgramGroup;
import io.micronaut.context.ApplicationContext;

/** H-02: a message to the customer's group (text, or a link), by one of its members; once per Idempotency-Key. */
@Serves({"H-02"})
@AllowedRoles({Role.ADMIN, Role.HEAD_COACH, Role.ASSISTANT_COACH, Role.CUSTOMER_SERVICE, Role.CUSTOMER})
public class PostGroupMessageFunction extends ApiFunction {
    private final ProgramGroup group = bean(ProgramGroup.class);

    public PostGroupMessageFunction() {
    }

    public PostGroupMessageFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        var posted = group.post(r.actor(), r.path("id"), r.body(ProgramGroup.MessageForm.class), r.idempotencyKey());
        return ApiResponse.created(MessageView.of(posted, group), "/programs/" + r.path("id") + "/messages");
    }
}
