package com.clinic.frontoffice.functions.reception;

import com.clinic.frontoffice.reception.ReceptionService;
import com.clinic.journey.visit.CustomerForm;
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

/** C-06 直接到店: registers a customer who came without a booking; a known phone number links to that customer (the
 * answer says so). Confirm the arrival next. */
@Serves({"C-06"})
@AllowedRoles(Role.FRONT_DESK)
public class RegisterWalkInFunction extends ApiFunction {
    private final ReceptionService reception = bean(ReceptionService.class);
    private final Consents consents = bean(Consents.class);

    public RegisterWalkInFunction() {
    }

    public RegisterWalkInFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        Parted<CustomerForm, ConsentForm> request = r.body(CustomerForm.class, "consent", ConsentForm.class);
        ConsentForm.Valid consent = request.part() == null ? null : request.part().validate("consent.");
        Outcome<Visit> registered = reception.registerWalkIn(r.actor(), request.form(),
                r.idempotencyKey());
        consents.capture(r.actor(), VisitKind.VISIT.concerns(registered.value()), consent, Channel.WALK_IN);
        if (!registered.replayed()) {
            BusinessMetrics.emit("Bookings", 1, "Channel", "WALK_IN");
        }
        return VisitAnswers.registered(r.actor(), registered);
    }
}
