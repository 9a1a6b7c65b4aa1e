package com.clinic.frontoffice.functions.reception;

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

/** C-07 打印条形码: queues a barcode label (Code 128 and QR of the visit code, name, date); poll the print job. */
@Serves({"C-07"})
@AllowedRoles(Role.FRONT_DESK)
public class PrintBarcodeFunction extends ApiFunction {
    private final PrintService printing = bean(PrintService.class);

    public PrintBarcodeFunction() {
    }

    public PrintBarcodeFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        r.noBody();
        return ApiResponse.accepted(PrintJobView.of(printing.request(r.actor(), r.path("code"),
                PrintKind.BARCODE_LABEL)));
    }
}
