package com.clinic.clinical.functions.consultation;

import com.clinic.clinical.consultation.ConsultationService;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.views.CatalogItemView;
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
