package com.clinic.clinical.functions.photos;

import com.clinic.clinical.files.ClinicalFilesService;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.views.FileView;
import io.micronaut.context.ApplicationContext;

/** C-08: the visit's pre-op photos with short-lived download links, for the consultant and the before/after
 * comparison. */
@Serves({"C-08"})
@AllowedRoles({Role.PHOTO_ROOM, Role.CONSULTANT, Role.SUPER_ADMIN, Role.AFTER_SALES})
public class ListPhotosFunction extends ApiFunction {
    private final ClinicalFilesService clinicalFiles = bean(ClinicalFilesService.class);

    public ListPhotosFunction() {
    }

    public ListPhotosFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return ApiResponse.ok(clinicalFiles.photos(r.actor(), r.path("code")).stream().map(FileView::of).toList());
    }
}
