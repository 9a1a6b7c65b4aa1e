package com.clinic.printing.functions;

import com.clinic.journey.Files;
import com.clinic.journey.VisitCommands;
import com.clinic.platform.port.FileStore;
import com.clinic.printing.PrintJobs;
import com.clinic.printing.PrintWorker;
import com.clinic.printing.pdf.OpenPdfRenderer;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/**
 * The print worker's wiring, in its own package: only the printing artifact carries this factory, the renderer
 * and the fonts, so no other function loads or ships them.
 */
@Factory
public class PrintingBeans {
    /** The throwaway upload signed at start: under the worker's own prefix, never sent. */
    static final String REHEARSAL_KEY = "prints/rehearsal.pdf";
    static final String EMPTY_MD5 = "1B2M2Y8AsgTpgAmY7PhCfg==";

    /**
     * Every job reads its records, renders with the main face and stores the PDF in S3 through a presigned PUT. As
     * the worker is wired (a cold start's initialisation, on Lambda's second vCPU beside the DynamoDB client), one
     * background thread reads the face, draws a throwaway label and signs a throwaway upload (nothing is sent), so
     * the first job waits for none of them.
     */
    @Singleton
    PrintWorker printWorker(VisitCommands commands, PrintJobs jobs, Files files, Clock clock,
                            @Property(name = "clinic.name") String clinicName, BeanProvider<FileStore> store) {
        Thread warmUp = new Thread(() -> {
            try {
                OpenPdfRenderer.rehearse();
                store.get().presignUpload(REHEARSAL_KEY, "application/pdf", 0, EMPTY_MD5, Duration.ofMinutes(1));
            } catch (RuntimeException e) {
                // the first job reads, draws and signs again, and reports what fails
            }
        }, "print-worker-at-start");
        warmUp.setDaemon(true);
        warmUp.start();
        return new PrintWorker(commands, jobs, new OpenPdfRenderer(clinicName), files, clock);
    }
}
