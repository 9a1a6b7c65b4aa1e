package com.clinic.functions.pricereview;

import com.clinic.functions.api.AllowedRoles;
import com.clinic.functions.api.ApiFunction;
import com.clinic.functions.api.ApiRequest;
import com.clinic.functions.api.ApiResponse;
import com.clinic.functions.api.Serves;
import com.clinic.functions.views.VisitAnswers;
import com.clinic.model.Role;
import com.clinic.model.consultation.ConsultationService;
import io.micronaut.context.ApplicationContext;

/** C-12: confirmed orders waiting for the price review. */
@Serves({"C-12"})
@AllowedRoles(Role.SUPER_ADMIN)
public class ListPriceReviewQueueFunction extends ApiFunction {
    private final ConsultationService consultation = bean(ConsultationService.class);

    public ListPriceReviewQueueFunction() {
    }

    public ListPriceReviewQueueFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return VisitAnswers.list(r.actor(), consultation.reviewQueue(r.page()));
    }
}
