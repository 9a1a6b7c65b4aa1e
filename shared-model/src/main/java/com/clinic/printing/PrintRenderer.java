package com.clinic.printing;

import com.clinic.journey.visit.Visit;

/** Renders a print job of a visit as a PDF. */
public interface PrintRenderer {
    Rendered render(PrintJob job, Visit visit);

    /** A document handed over whole (a signed contract). */
    Rendered render(PrintDocument document);

    /**
     * The PDF, and the characters no bundled face could draw: each was printed as a visible marker, and the job
     * is flagged so staff complete it by hand instead of filing a label with a different name.
     */
    record Rendered(byte[] pdf, java.util.List<String> undrawable) {
        public Rendered {
            undrawable = java.util.List.copyOf(undrawable);
        }
    }
}
