package com.clinic.clinical.functions.exam;

import com.clinic.clinical.files.ClinicalFilesService;
import com.clinic.journey.visit.Forms.ReasonForm;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.views.QuarantinedFileView;
import io.micronaut.context.ApplicationContext;

/** C-09: the lab discards a quarantined exam upload that belongs to no visit, with the reason; the entry closes. */
@Serves({"C-09"})
@AllowedRoles(Role.LAB)
public class DiscardQuarantinedExamFunction extends ApiFunction {
    private final ClinicalFilesService clinicalFiles = bean(ClinicalFilesService.class);

    public DiscardQuarantinedExamFunction() {
    }

    public DiscardQuarantinedExamFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return ApiResponse.ok(QuarantinedFileView.of(clinicalFiles.discardQuarantined(r.actor(), r.path("id"),
                r.body(ReasonForm.class))));
    }
}
