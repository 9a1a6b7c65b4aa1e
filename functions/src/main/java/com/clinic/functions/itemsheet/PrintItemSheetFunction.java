package com.clinic.functions.itemsheet;

import com.clinic.functions.api.AllowedRoles;
import com.clinic.functions.api.ApiFunction;
import com.clinic.functions.api.ApiRequest;
import com.clinic.functions.api.ApiResponse;
import com.clinic.functions.api.Serves;
import com.clinic.functions.views.PrintJobView;
import com.clinic.model.Role;
import com.clinic.model.print.PrintKind;
import com.clinic.model.print.PrintService;
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
