package com.clinic.functions.booking;

import com.clinic.functions.api.AllowedRoles;
import com.clinic.functions.api.ApiFunction;
import com.clinic.functions.api.ApiRequest;
import com.clinic.functions.api.ApiResponse;
import com.clinic.functions.api.Serves;
import com.clinic.functions.views.VisitAnswers;
import com.clinic.model.Role;
import com.clinic.model.dispatch.DispatchService;
import com.clinic.model.visit.BookingForm;
import io.micronaut.context.ApplicationContext;

/** C-01: sales books a customer's arrival; it lands in the dispatcher's 待分配 list. */
@Serves({"C-01"})
@AllowedRoles(Role.SALES)
public class BookAppointmentFunction extends ApiFunction {
    private final DispatchService dispatch = bean(DispatchService.class);

    public BookAppointmentFunction() {
    }

    public BookAppointmentFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return VisitAnswers.created(r.actor(), dispatch.book(r.actor(), r.body(BookingForm.class), r.idempotencyKey()));
    }
}
