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
        return VisitAnswers.changed(r.actor(), cashier.collect(r.actor(), r.path("code"), r.ifMatch(),
                r.body(PaymentForm.class), r.idempotencyKey()));
    }
}
