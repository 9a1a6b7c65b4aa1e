package com.clinic.printing;

import com.clinic.journey.visit.VisitPart;
import com.clinic.platform.StaffRef;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A print request — of a visit's document, which the worker renders from the visit, or of a document handed over
 * whole ({@code document}; {@code visitCode} then names the record it belongs to): queued, then done with its PDF in the files bucket, or failed with the reason. A done job
 * with {@code warnings} printed something only in part (a character no face has): staff must check it.
 */
public record PrintJob(String id, PrintKind kind, String visitCode, Status status, String fileKey, String error,
                       List<String> warnings, StaffRef requestedBy, Instant requestedAt, Instant completedAt,
                       PrintDocument document, Set<VisitPart> seen) {

    public enum Status { QUEUED, DONE, FAILED }

    /** The marker printed for a character no bundled face can draw (the typesetters' 〓 for a missing glyph). */
    public static final String MISSING_GLYPH = "〓";

    public PrintJob {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        seen = seen == null ? null : Set.copyOf(seen);
    }

    public static PrintJob queued(String id, PrintKind kind, String visitCode, StaffRef by, Instant at) {
        return new PrintJob(id, kind, visitCode, Status.QUEUED, null, null, List.of(), by, at, null, null, null);
    }

    /**
     * The same job printing only the parts of the visit its requester sees on screen ({@code null}: every part),
     * so a paper shows the phone as the role that prints it is shown it.
     */
    public PrintJob seenAs(Set<VisitPart> parts) {
        return new PrintJob(id, kind, visitCode, status, fileKey, error, warnings, requestedBy, requestedAt,
                completedAt, document, parts);
    }

    /** A document printed as given ({@code subject}: the record it belongs to, e.g. a program). */
    public static PrintJob queuedDocument(String id, PrintKind kind, String subject, PrintDocument document, StaffRef by,
                                          Instant at) {
        return new PrintJob(id, kind, subject, Status.QUEUED, null, null, List.of(), by, at, null, document, null);
    }

    /** Where the rendered PDF is stored. */
    public String pdfKey() {
        return "prints/" + visitCode + "/" + kind.name().toLowerCase() + "-" + id + ".pdf";
    }

    /** Done; each undrawable character becomes a warning naming it and its code point. */
    public PrintJob done(List<String> undrawable, Instant at) {
        List<String> warnings = undrawable.stream().map(c -> "无法打印的字符 " + c + String.format(" (U+%04X)",
                c.codePointAt(0)) + "，已印为 " + MISSING_GLYPH + "，请手写补全").toList();
        return new PrintJob(id, kind, visitCode, Status.DONE, pdfKey(), null, warnings, requestedBy, requestedAt, at,
                document, seen);
    }

    public PrintJob failed(String reason, Instant at) {
        return new PrintJob(id, kind, visitCode, Status.FAILED, null, reason, List.of(), requestedBy, requestedAt, at,
                document, seen);
    }
}
