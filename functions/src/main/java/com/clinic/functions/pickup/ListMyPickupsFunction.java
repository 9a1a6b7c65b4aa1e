package com.clinic.functions.pickup;

import com.clinic.functions.api.AllowedRoles;
import com.clinic.functions.api.ApiFunction;
import com.clinic.functions.api.ApiRequest;
import com.clinic.functions.api.ApiResponse;
import com.clinic.functions.api.Serves;
import com.clinic.functions.views.VisitAnswers;
import com.clinic.model.Role;
import com.clinic.model.dispatch.DispatchService;
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
