package com.clinic.functions.exam;

import com.clinic.functions.api.AllowedRoles;
import com.clinic.functions.api.ApiFunction;
import com.clinic.functions.api.ApiRequest;
import com.clinic.functions.api.ApiResponse;
import com.clinic.functions.api.Serves;
import com.clinic.functions.views.FileView;
import com.clinic.model.Role;
import com.clinic.model.reception.ReceptionService;
import io.micronaut.context.ApplicationContext;

/** C-09: the visit's exam results with short-lived download links, like the photos. */
@Serves({"C-09"})
@AllowedRoles({Role.LAB, Role.CONSULTANT, Role.SUPER_ADMIN, Role.AFTER_SALES})
public class ListExamsFunction extends ApiFunction {
    private final ReceptionService reception = bean(ReceptionService.class);

    public ListExamsFunction() {
    }

    public ListExamsFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return ApiResponse.ok(reception.exams(r.actor(), r.path("code")).stream().map(FileView::of).toList());
    }
}
