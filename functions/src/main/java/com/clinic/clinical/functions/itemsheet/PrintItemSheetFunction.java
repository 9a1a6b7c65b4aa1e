package com.clinic.clinical.functions.itemsheet;

import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.views.PrintJobView;
import com.clinic.printing.PrintKind;
import com.clinic.printing.PrintService;
import io.micronaut.context.ApplicationContext;

/** C-13 打印项目单: queues the reviewed order as a PDF with signature lines; poll the print job. */
@Serves({"C-13"})
@AllowedRoles(Role.CONSULTANT)
public class PrintItemSheetFunction extends ApiFunction {
    private final PrintService printing = bean(PrintService.class);

    public PrintItemSheetFunction() {
    }

    public PrintItemSheetFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        r.noBody();
        return ApiResponse.accepted(PrintJobView.of(printing.request(r.actor(), r.path("code"),
                PrintKind.ITEM_SHEET)));
    }
}
