package com.clinic.aftersales.functions.visitors;

import com.clinic.aftersales.records.Visitors;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.views.PrintJobView;
import io.micronaut.context.ApplicationContext;

/**
 * C-24 打印自媒体号: queues a label with the customer's source / self-media account, name, date and the visit's
 * barcode, rendered by the print worker like the barcode label; poll the print job.
 */
@Serves({"C-24"})
@AllowedRoles({Role.AFTER_SALES, Role.SUPER_ADMIN})
public class PrintSelfMediaLabelFunction extends ApiFunction {
    private final Visitors visitors = bean(Visitors.class);

    public PrintSelfMediaLabelFunction() {
    }

    public PrintSelfMediaLabelFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        r.noBody();
        return ApiResponse.accepted(PrintJobView.of(visitors.printSelfMediaLabel(r.actor(), r.path("code"))));
    }
}
