package com.clinic.functions.consultation;

import com.clinic.functions.api.AllowedRoles;
import com.clinic.functions.api.ApiFunction;
import com.clinic.functions.api.ApiRequest;
import com.clinic.functions.api.ApiResponse;
import com.clinic.functions.api.Serves;
import com.clinic.functions.views.CatalogItemView;
import com.clinic.model.Role;
import com.clinic.model.catalog.CatalogItemForm;
import com.clinic.model.consultation.ConsultationService;
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
