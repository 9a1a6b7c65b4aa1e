package com.clinic.clinical.functions.consultation;

import com.clinic.clinical.consultation.ConsultationService;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.catalog.CatalogItemForm;
import com.clinic.platform.views.CatalogItemView;
import io.micronaut.context.ApplicationContext;

/** The super admin keeps the catalogue: name, list price in fen, active. */
@Serves({"C-11"})
@AllowedRoles(Role.SUPER_ADMIN)
public class SaveCatalogItemFunction extends ApiFunction {
    private final ConsultationService consultation = bean(ConsultationService.class);

    public SaveCatalogItemFunction() {
    }

    public SaveCatalogItemFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return ApiResponse.ok(CatalogItemView.of(consultation.saveCatalogItem(r.path("id"),
                r.body(CatalogItemForm.class))));
    }
}
