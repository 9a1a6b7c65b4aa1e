package com.clinic.functions.printing;

import com.clinic.infra.pdf.OpenPdfRenderer;
import com.clinic.model.journey.Files;
import com.clinic.model.journey.VisitCommands;
import com.clinic.model.port.PrintJobs;
import com.clinic.model.print.PrintWorker;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The print worker's wiring, in its own package: only the printing artifact carries this factory, the renderer
 * and the fonts, so no other function loads or ships them.
 */
@Factory
public class PrintingBeans {

    @Singleton
    PrintWorker printWorker(VisitCommands commands, PrintJobs jobs, Files files, Clock clock) {
        return new PrintWorker(commands, jobs, new OpenPdfRenderer(), files, clock);
    }
}
