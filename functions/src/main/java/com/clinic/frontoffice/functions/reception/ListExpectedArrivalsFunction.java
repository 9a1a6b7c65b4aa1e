package com.clinic.frontoffice.functions.reception;

import com.clinic.frontoffice.reception.ReceptionService;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.views.VisitAnswers;
import io.micronaut.context.ApplicationContext;

/** C-05: customers the front desk expects on a day (?date=2026-11-23, default today in Asia/Shanghai): booked,
 * on the way, registered walk-ins. */
@Serves({"C-05"})
@AllowedRoles(Role.FRONT_DESK)
public class ListExpectedArrivalsFunction extends ApiFunction {
    private final ReceptionService reception = bean(ReceptionService.class);

    public ListExpectedArrivalsFunction() {
    }

    public ListExpectedArrivalsFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return VisitAnswers.list(r.actor(), reception.expected(r.date("date"), r.page()));
    }
}
