package com.clinic.functions.cashier;

import com.clinic.functions.api.AllowedRoles;
import com.clinic.functions.api.ApiFunction;
import com.clinic.functions.api.ApiRequest;
import com.clinic.functions.api.ApiResponse;
import com.clinic.functions.api.Serves;
import com.clinic.functions.views.VisitAnswers;
import com.clinic.model.Role;
import com.clinic.model.cashier.CashierService;
import com.clinic.model.visit.Forms.PaymentForm;
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
