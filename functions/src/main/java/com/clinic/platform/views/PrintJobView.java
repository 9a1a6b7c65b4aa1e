package com.clinic.platform.views;

import com.clinic.platform.ShanghaiTime;
import com.clinic.printing.PrintJob;
import com.clinic.printing.PrintService;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A print job: poll it until DONE, then print the PDF from {@code download}. */
@Serdeable
public record PrintJobView(String id, String kind, String visitCode, String status, String error,
                           List<String> warnings, String requestedAt, String completedAt,
                           UploadView.Link download) {
    public static PrintJobView of(PrintJob j) {
        return new PrintJobView(j.id(), j.kind().name(), j.visitCode(), j.status().name(), j.error(), j.warnings(),
                ShanghaiTime.show(j.requestedAt()), ShanghaiTime.show(j.completedAt()), null);
    }

    public static PrintJobView of(PrintService.Viewed v) {
        PrintJobView base = of(v.job());
        return new PrintJobView(base.id, base.kind, base.visitCode, base.status, base.error, base.warnings,
                base.requestedAt, base.completedAt, UploadView.Link.of(v.download()));
    }
}
