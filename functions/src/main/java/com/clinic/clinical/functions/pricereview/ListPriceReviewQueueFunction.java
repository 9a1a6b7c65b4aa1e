package com.clinic.clinical.functions.pricereview;

import com.clinic.clinical.consultation.ConsultationService;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.views.VisitAnswers;
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
