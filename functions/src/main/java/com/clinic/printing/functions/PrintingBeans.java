package com.clinic.printing.functions;

import com.clinic.journey.Files;
import com.clinic.journey.VisitCommands;
import com.clinic.printing.Letterhead;
import com.clinic.printing.PrintJobs;
import com.clinic.printing.PrintWorker;
import com.clinic.printing.pdf.OpenPdfRenderer;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The print worker's wiring, in its own package: only the printing artifact carries this factory, the renderer
 * and the fonts, so no other function loads or ships them.
 */
@Factory
public class PrintingBeans {

    @Singleton
    PrintWorker printWorker(VisitCommands commands, PrintJobs jobs, Files files, Clock clock,
                            @Named("clinic") Letterhead clinic, @Named("company") Letterhead company) {
        return new PrintWorker(commands, jobs, new OpenPdfRenderer(clinic, company), files, clock);
    }
}
