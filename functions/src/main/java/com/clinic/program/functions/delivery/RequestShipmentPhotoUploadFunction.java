package com.clinic.program.functions.delivery;

import com.clinic.journey.visit.Forms.UploadForm;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.views.UploadView;
import com.clinic.program.delivery.Shipping;
import io.micronaut.context.ApplicationContext;

/**
 * H-11: the presigned upload of a photo of the packed goods (JPEG, PNG, HEIC or WebP); nothing is written until
 * the shipment is confirmed with it.
 */
@Serves({"H-11"})
@AllowedRoles(Role.ADMIN)
public class RequestShipmentPhotoUploadFunction extends ApiFunction {
    private final Shipping shipping = bean(Shipping.class);

    public RequestShipmentPhotoUploadFunction() {
    }

    public RequestShipmentPhotoUploadFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return ApiResponse.ok(UploadView.of(shipping.shipmentPhotoUpload(r.actor(), r.path("id"),
                r.body(UploadForm.class))));
    }
}
