package com.clinic.aftersales.functions.disputes;

import com.clinic.aftersales.dispute.Dispute;
import com.clinic.aftersales.dispute.DisputeForm;
import com.clinic.aftersales.dispute.Disputes;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.views.DisputeView;
import com.clinic.platform.command.Outcome;
import io.micronaut.context.ApplicationContext;

/** C-25 其他纠纷 添加: a dispute with a customer (name, mobile, the visit if any, what happened). */
@Serves({"C-25"})
@AllowedRoles({Role.AFTER_SALES, Role.SUPER_ADMIN})
public class RaiseDisputeFunction extends ApiFunction {
    private final Disputes disputes = bean(Disputes.class);

    public RaiseDisputeFunction() {
    }

    public RaiseDisputeFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        Outcome<Dispute> raised = disputes.raise(r.actor(), r.body(DisputeForm.class), r.idempotencyKey());
        return ApiResponse.created(DisputeView.of(raised.value()),
                "/disputes/" + raised.value().id()).taggedWith(raised);
    }
}
