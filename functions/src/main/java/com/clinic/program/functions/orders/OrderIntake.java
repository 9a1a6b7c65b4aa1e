package com.clinic.program.functions.orders;

import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Parted;
import com.clinic.platform.privacy.ConsentForm;
import com.clinic.platform.privacy.Consents;
import com.clinic.program.Program.Channel;
import com.clinic.program.Program;
import com.clinic.program.order.ProgramForms.OrderForm;
import com.clinic.program.order.Programs;
import com.clinic.program.functions.ProgramView;

/**
 * H-01: an order becomes a program, with the consent she gave with it ({@code "consent": {…}}), recorded once the
 * order is accepted (a bad consent is refused before anything is written; a repeated order records nothing twice).
 */
final class OrderIntake {
    private OrderIntake() {
    }

    static ApiResponse receive(ApiRequest r, Programs programs, Consents consents, Channel paidBy,
                               com.clinic.platform.privacy.Channel consentedThrough) {
        Parted<OrderForm, ConsentForm> request = r.body(OrderForm.class, "consent", ConsentForm.class);
        ConsentForm.Valid consent = request.part() == null ? null : request.part().validate("consent.");
        var received = programs.receive(r.actor(), request.form(), paidBy);
        Program p = received.value();
        consents.capture(r.actor(), p.order().phone(), consent, consentedThrough);
        return ProgramView.received(received, programs.now());
    }
}
