package com.clinic.clinical.functions.photos;

import com.clinic.clinical.files.ClinicalFilesService;
import com.clinic.journey.visit.Forms.UploadForm;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.views.UploadView;
import io.micronaut.context.ApplicationContext;

/** C-08: a presigned upload URL for one pre-op photo (JPEG, PNG, HEIC or WebP, at most 20 MB; type and size are
 * signed in). */
@Serves({"C-08"})
@AllowedRoles(Role.PHOTO_ROOM)
public class RequestPhotoUploadFunction extends ApiFunction {
    private final ClinicalFilesService clinicalFiles = bean(ClinicalFilesService.class);

    public RequestPhotoUploadFunction() {
    }

    public RequestPhotoUploadFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return ApiResponse.ok(UploadView.of(clinicalFiles.photoUpload(r.actor(), r.path("code"),
                r.body(UploadForm.class))));
    }
}
