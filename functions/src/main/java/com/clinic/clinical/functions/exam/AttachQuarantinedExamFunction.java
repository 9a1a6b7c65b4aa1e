package com.clinic.clinical.functions.exam;

import com.clinic.clinical.files.ClinicalFilesService.QuarantineAttachForm;
import com.clinic.clinical.files.ClinicalFilesService;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.views.QuarantinedFileView;
import io.micronaut.context.ApplicationContext;

/** C-09: the lab files a quarantined exam upload under the visit it belongs to; the entry closes. */
@Serves({"C-09"})
@AllowedRoles(Role.LAB)
public class AttachQuarantinedExamFunction extends ApiFunction {
    private final ClinicalFilesService clinicalFiles = bean(ClinicalFilesService.class);

    public AttachQuarantinedExamFunction() {
    }

    public AttachQuarantinedExamFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return ApiResponse.ok(QuarantinedFileView.of(clinicalFiles.attachQuarantined(r.actor(), r.path("id"),
                r.body(QuarantineAttachForm.class))));
    }
}
