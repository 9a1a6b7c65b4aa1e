package com.clinic.model.print;

import com.clinic.model.StaffRef;
import java.time.Instant;

/** A print request: queued, then done with its PDF in the files bucket, or failed with the reason. */
public record PrintJob(String id, PrintKind kind, String visitCode, Status status, String fileKey, String error,
                       StaffRef requestedBy, Instant requestedAt, Instant completedAt) {

    public enum Status { QUEUED, DONE, FAILED }

    public static PrintJob queued(String id, PrintKind kind, String visitCode, StaffRef by, Instant at) {
        return new PrintJob(id, kind, visitCode, Status.QUEUED, null, null, by, at, null);
    }

    /** Where the rendered PDF is stored. */
    public String pdfKey() {
        return "prints/" + visitCode + "/" + kind.name().toLowerCase() + "-" + id + ".pdf";
    }

    public PrintJob done(Instant at) {
        return new PrintJob(id, kind, visitCode, Status.DONE, pdfKey(), null, requestedBy, requestedAt, at);
    }

    public PrintJob failed(String reason, Instant at) {
        return new PrintJob(id, kind, visitCode, Status.FAILED, null, reason, requestedBy, requestedAt, at);
    }
}
