package com.clinic.functions.consultation;

import com.clinic.functions.api.AllowedRoles;
import com.clinic.functions.api.ApiFunction;
import com.clinic.functions.api.ApiRequest;
import com.clinic.functions.api.ApiResponse;
import com.clinic.functions.api.Serves;
import com.clinic.functions.views.VisitAnswers;
import com.clinic.model.Role;
import com.clinic.model.consultation.ConsultationService;
import com.clinic.model.visit.Forms.OrderForm;
import io.micronaut.context.ApplicationContext;

/** C-11 添加项目 + 确认: the order from the catalogue, with optional discounted prices and remarks, goes to price
 * review. */
@Serves({"C-11"})
@AllowedRoles(Role.CONSULTANT)
public class SubmitOrderFunction extends ApiFunction {
    private final ConsultationService consultation = bean(ConsultationService.class);

    public SubmitOrderFunction() {
    }

    public SubmitOrderFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return VisitAnswers.changed(r.actor(), consultation.submitOrder(r.actor(), r.path("code"), r.ifMatch(),
                r.body(OrderForm.class), r.idempotencyKey()));
    }
}
