package com.clinic.functions.exam;

import com.clinic.functions.api.AllowedRoles;
import com.clinic.functions.api.ApiFunction;
import com.clinic.functions.api.ApiRequest;
import com.clinic.functions.api.ApiResponse;
import com.clinic.functions.api.Serves;
import com.clinic.functions.views.PageView;
import com.clinic.functions.views.QuarantinedFileView;
import com.clinic.model.Role;
import com.clinic.model.reception.ReceptionService;
import io.micronaut.context.ApplicationContext;

/** C-09: exam uploads whose key named no known visit; kept, never dropped. */
@Serves({"C-09"})
@AllowedRoles(Role.LAB)
public class ListExamQuarantineFunction extends ApiFunction {
    private final ReceptionService reception = bean(ReceptionService.class);

    public ListExamQuarantineFunction() {
    }

    public ListExamQuarantineFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return ApiResponse.ok(PageView.of(reception.quarantined(r.page()), QuarantinedFileView::of));
    }
}
