package com.clinic.clinical.functions.exam;

import com.clinic.clinical.files.ClinicalFilesService;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.views.PageView;
import com.clinic.platform.views.QuarantinedFileView;
import io.micronaut.context.ApplicationContext;

/** C-09: exam uploads whose key named no known visit; kept, never dropped. */
@Serves({"C-09"})
@AllowedRoles(Role.LAB)
public class ListExamQuarantineFunction extends ApiFunction {
    private final ClinicalFilesService clinicalFiles = bean(ClinicalFilesService.class);

    public ListExamQuarantineFunction() {
    }

    public ListExamQuarantineFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return ApiResponse.ok(PageView.of(clinicalFiles.quarantined(r.page()), QuarantinedFileView::of));
    }
}
