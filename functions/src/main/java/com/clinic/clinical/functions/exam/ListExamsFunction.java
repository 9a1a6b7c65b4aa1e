package com.clinic.clinical.functions.exam;

import com.clinic.clinical.files.ClinicalFilesService;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.views.FileView;
import io.micronaut.context.ApplicationContext;

/** C-09: the visit's exam results with short-lived download links, like the photos. */
@Serves({"C-09"})
@AllowedRoles({Role.LAB, Role.CONSULTANT, Role.SUPER_ADMIN, Role.AFTER_SALES})
public class ListExamsFunction extends ApiFunction {
    private final ClinicalFilesService clinicalFiles = bean(ClinicalFilesService.class);

    public ListExamsFunction() {
    }

    public ListExamsFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return ApiResponse.ok(clinicalFiles.exams(r.actor(), r.path("code")).stream().map(FileView::of).toList());
    }
}
