package com.clinic.aftersales.functions.disputes;

import com.clinic.aftersales.dispute.DisputeEditForm;
import com.clinic.aftersales.dispute.Disputes;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.views.DisputeView;
import io.micronaut.context.ApplicationContext;

/** C-25 其他纠纷 修改: the dispute's new text; the text it replaces is kept with who changed it and when. */
@Serves({"C-25"})
@AllowedRoles({Role.AFTER_SALES, Role.SUPER_ADMIN})
public class EditDisputeFunction extends ApiFunction {
    private final Disputes disputes = bean(Disputes.class);

    public EditDisputeFunction() {
    }

    public EditDisputeFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        var edited = disputes.edit(r.actor(), r.path("id"), r.ifMatch(), r.body(DisputeEditForm.class),
                r.idempotencyKey());
        return ApiResponse.ok(DisputeView.of(edited.value())).taggedWith(edited);
    }
}
