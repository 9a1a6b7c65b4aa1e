package com.clinic.functions.dispatch;

import com.clinic.functions.api.AllowedRoles;
import com.clinic.functions.api.ApiFunction;
import com.clinic.functions.api.ApiRequest;
import com.clinic.functions.api.ApiResponse;
import com.clinic.functions.api.Serves;
import com.clinic.functions.views.VisitAnswers;
import com.clinic.model.Role;
import com.clinic.model.dispatch.DispatchService;
import io.micronaut.context.ApplicationContext;

/** A visit's detail (C-02 查看详情 and every later step), with its ETag for the next change. */
@Serves({"C-02"})
@AllowedRoles({Role.SALES, Role.DISPATCHER, Role.DRIVER, Role.FRONT_DESK, Role.PHOTO_ROOM, Role.LAB,
        Role.SUPER_ADMIN, Role.CONSULTANT, Role.AFTER_SALES})
public class GetVisitFunction extends ApiFunction {
    private final DispatchService dispatch = bean(DispatchService.class);

    public GetVisitFunction() {
    }

    public GetVisitFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return VisitAnswers.read(r.actor(), dispatch.get(r.actor(), r.path("code")));
    }
}
