package com.clinic.frontoffice.functions.dispatch;

import com.clinic.frontoffice.dispatch.DispatchService;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.views.VisitAnswers;
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
