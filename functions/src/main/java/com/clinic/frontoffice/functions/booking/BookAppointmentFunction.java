package com.clinic.frontoffice.functions.booking;

import com.clinic.frontoffice.dispatch.DispatchService;
import com.clinic.journey.visit.BookingForm;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Parted;
import com.clinic.platform.privacy.Channel;
import com.clinic.platform.privacy.ConsentForm;
import com.clinic.platform.privacy.Consents;
import com.clinic.platform.api.BusinessMetrics;
import com.clinic.journey.visit.Visit;
import com.clinic.journey.visit.VisitKind;
import com.clinic.platform.command.Outcome;
import com.clinic.platform.api.Serves;
import com.clinic.platform.views.VisitAnswers;
import io.micronaut.context.ApplicationContext;

/** C-01: sales books a customer's arrival; it lands in the dispatcher's 待分配 list. */
@Serves({"C-01"})
@AllowedRoles(Role.SALES)
public class BookAppointmentFunction extends ApiFunction {
    private final DispatchService dispatch = bean(DispatchService.class);
    private final Consents consents = bean(Consents.class);

    public BookAppointmentFunction() {
    }

    public BookAppointmentFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        Parted<BookingForm, ConsentForm> request = r.body(BookingForm.class, "consent", ConsentForm.class);
        ConsentForm.Valid consent = request.part() == null ? null : request.part().validate("consent.");
        Outcome<Visit> booked = dispatch.book(r.actor(), request.form(), r.idempotencyKey());
        consents.capture(r.actor(), VisitKind.VISIT.concerns(booked.value()), consent, Channel.BOOKING);
        if (!booked.replayed()) {
            BusinessMetrics.emit("Bookings", 1, "Channel", "BOOKED");
        }
        return VisitAnswers.created(r.actor(), booked);
    }
}
