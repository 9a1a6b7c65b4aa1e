package com.clinic.program.functions.delivery;

import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.views.UploadView;
import com.clinic.program.delivery.Shipping;
import io.micronaut.context.ApplicationContext;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * H-11 the photos of the confirmed shipment as presigned downloads: the program's staff and its customer (another
 * customer's program is 404).
 */
@Serves({"H-11"})
@AllowedRoles({Role.ADMIN, Role.SUPER_ADMIN, Role.CUSTOMER_SERVICE, Role.HEALTH_MANAGER, Role.HEAD_COACH, Role.ASSISTANT_COACH, Role.AUDITOR, Role.CUSTOMER})
public class ListShipmentPhotosFunction extends ApiFunction {
    private final Shipping shipping = bean(Shipping.class);

    /** The photos, each a download link valid for a few minutes. */
    @Serdeable
    public record Photos(List<UploadView.Link> photos) {
    }

    public ListShipmentPhotosFunction() {
    }

    public ListShipmentPhotosFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return ApiResponse.ok(new Photos(shipping.shipmentPhotos(r.actor(), r.path("id")).stream()
                .map(UploadView.Link::of).toList()));
    }
}
