package com.clinic.functions.photos;

import com.clinic.functions.api.AllowedRoles;
import com.clinic.functions.api.ApiFunction;
import com.clinic.functions.api.ApiRequest;
import com.clinic.functions.api.ApiResponse;
import com.clinic.functions.api.Serves;
import com.clinic.functions.views.FileView;
import com.clinic.model.Role;
import com.clinic.model.reception.ReceptionService;
import io.micronaut.context.ApplicationContext;

/** C-08: the visit's pre-op photos with short-lived download links, for the consultant and the before/after
 * comparison. */
@Serves({"C-08"})
@AllowedRoles({Role.PHOTO_ROOM, Role.CONSULTANT, Role.SUPER_ADMIN, Role.AFTER_SALES})
public class ListPhotosFunction extends ApiFunction {
    private final ReceptionService reception = bean(ReceptionService.class);

    public ListPhotosFunction() {
    }

    public ListPhotosFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return ApiResponse.ok(reception.photos(r.actor(), r.path("code")).stream().map(FileView::of).toList());
    }
}
