package com.clinic.cashier.functions;

import com.clinic.cashier.CashierService;
import com.clinic.journey.visit.Forms.PaymentForm;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.views.VisitAnswers;
import io.micronaut.context.ApplicationContext;

/** C-15 多退: after a price cut, refunds what is owed back, recorded per method. */
@Serves({"C-15"})
@AllowedRoles(Role.FRONT_DESK)
public class RefundPaymentFunction extends ApiFunction {
    private final CashierService cashier = bean(CashierService.class);

    public RefundPaymentFunction() {
    }

    public RefundPaymentFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return VisitAnswers.changed(r.actor(), cashier.refund(r.actor(), r.path("code"), r.ifMatch(),
                r.body(PaymentForm.class), r.idempotencyKey()));
    }
}
