package com.clinic.frontoffice.functions.pickup;

import com.clinic.frontoffice.dispatch.DispatchService;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.views.VisitAnswers;
import io.micronaut.context.ApplicationContext;

/** C-04: the signed-in driver's pick-ups of a day (?date=2026-11-23, default today in Asia/Shanghai). */
@Serves({"C-04"})
@AllowedRoles(Role.DRIVER)
public class ListMyPickupsFunction extends ApiFunction {
    private final DispatchService dispatch = bean(DispatchService.class);

    public ListMyPickupsFunction() {
    }

    public ListMyPickupsFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return VisitAnswers.list(r.actor(), dispatch.driverDay(r.actor(), r.date("date"), r.page()));
    }
}
