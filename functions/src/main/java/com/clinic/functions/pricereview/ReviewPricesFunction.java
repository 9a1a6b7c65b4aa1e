package com.clinic.functions.pricereview;

import com.clinic.functions.api.AllowedRoles;
import com.clinic.functions.api.ApiFunction;
import com.clinic.functions.api.ApiRequest;
import com.clinic.functions.api.ApiResponse;
import com.clinic.functions.api.Serves;
import com.clinic.functions.views.VisitAnswers;
import com.clinic.model.Role;
import com.clinic.model.consultation.ConsultationService;
import com.clinic.model.visit.Forms.PriceReviewForm;
import io.micronaut.context.ApplicationContext;

/** C-12 价目审核: approves the order, changing final prices by line if needed; after approval or payment, changes
 * prices (the balance then shows what to collect or refund, C-15). */
@Serves({"C-12", "C-15"})
@AllowedRoles(Role.SUPER_ADMIN)
public class ReviewPricesFunction extends ApiFunction {
    private final ConsultationService consultation = bean(ConsultationService.class);

    public ReviewPricesFunction() {
    }

    public ReviewPricesFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return VisitAnswers.changed(r.actor(), consultation.reviewPrices(r.actor(), r.path("code"), r.ifMatch(),
                r.optionalBody(PriceReviewForm.class), r.idempotencyKey()));
    }
}
