package com.clinic.clinical.functions.consultation;

import com.clinic.clinical.consultation.ConsultationService;
import com.clinic.journey.visit.Forms.OrderForm;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.views.VisitAnswers;
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
