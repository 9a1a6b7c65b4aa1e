package com.clinic.model.port;

import com.clinic.model.print.PrintJob;
import com.clinic.model.visit.Visit;

/** Renders a print job of a visit as a PDF. */
public interface PrintRenderer {
    byte[] render(PrintJob job, Visit visit);
}
