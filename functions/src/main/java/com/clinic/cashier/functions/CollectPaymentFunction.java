package com.clinic.cashier.functions;

import com.clinic.cashier.CashierService;
import com.clinic.journey.visit.Forms.PaymentForm;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.BusinessMetrics;
import com.clinic.journey.visit.Visit;
import com.clinic.platform.command.Outcome;
import com.clinic.platform.api.Serves;
import com.clinic.platform.views.VisitAnswers;
import io.micronaut.context.ApplicationContext;

/** C-14 收银 / C-15 少补: payment lines split across Alipay, WeChat Pay, cash, card and installment loan; together
 * at most what is due. */
@Serves({"C-14", "C-15"})
@AllowedRoles(Role.FRONT_DESK)
public class CollectPaymentFunction extends ApiFunction {
    private final CashierService cashier = bean(CashierService.class);

    public CollectPaymentFunction() {
    }

    public CollectPaymentFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        Outcome<Visit> paid = cashier.collect(r.actor(), r.path("code"), r.ifMatch(), r.body(PaymentForm.class),
                r.idempotencyKey());
        if (!paid.replayed()) {
            BusinessMetrics.emit("Payments", 1, "Desk", "CASHIER");
        }
        return VisitAnswers.changed(r.actor(), paid);
    }
}
