package com.clinic.functions.consultation;

import com.clinic.functions.api.AllowedRoles;
import com.clinic.functions.api.ApiFunction;
import com.clinic.functions.api.ApiRequest;
import com.clinic.functions.api.ApiResponse;
import com.clinic.functions.api.Serves;
import com.clinic.functions.views.CatalogItemView;
import com.clinic.model.Role;
import com.clinic.model.consultation.ConsultationService;
import io.micronaut.context.ApplicationContext;

/** The treatments catalogue (list prices in fen); inactive items are shown to the super admin only. */
@Serves({"C-11"})
@AllowedRoles({Role.CONSULTANT, Role.SUPER_ADMIN})
public class ListCatalogItemsFunction extends ApiFunction {
    private final ConsultationService consultation = bean(ConsultationService.class);

    public ListCatalogItemsFunction() {
    }

    public ListCatalogItemsFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        boolean admin = r.actor().hasAny(Role.SUPER_ADMIN);
        return ApiResponse.ok(consultation.catalogue().stream().filter(c -> admin || c.active())
                .map(CatalogItemView::of).toList());
    }
}
