package com.clinic.clinical.functions.pricereview;

import com.clinic.clinical.consultation.ConsultationService;
import com.clinic.journey.visit.Forms.PriceReviewForm;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.views.VisitAnswers;
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
