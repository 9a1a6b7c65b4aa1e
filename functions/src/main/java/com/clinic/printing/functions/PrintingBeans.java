package com.clinic.printing.functions;

import com.clinic.journey.Files;
import com.clinic.journey.VisitCommands;
import com.clinic.printing.PrintJobs;
import com.clinic.printing.PrintWorker;
import com.clinic.printing.pdf.OpenPdfRenderer;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import jakarta.inject.Singleton;
import java.time.Clock;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The print worker's wiring, in its own package: only the printing artifact carries this factory, the renderer
 * and the fonts, so no other function loads or ships them.
 */
@Factory
public class PrintingBeans {

    /**
     * Every job reads its records, renders with the main face and stores the PDF in S3. As the worker is wired (a
     * cold start's initialisation, on Lambda's second vCPU beside the DynamoDB client), one background thread
     * reads the face, draws a throwaway label and builds the S3 client, so the first job waits for none of them.
     */
    @Singleton
    PrintWorker printWorker(VisitCommands commands, PrintJobs jobs, Files files, Clock clock,
                            @Property(name = "clinic.name") String clinicName, BeanProvider<S3Client> s3) {
        Thread warmUp = new Thread(() -> {
            try {
                OpenPdfRenderer.rehearse();
                s3.get();
            } catch (RuntimeException e) {
                // the first job reads, draws and builds again, and reports what fails
            }
        }, "print-worker-at-start");
        warmUp.setDaemon(true);
        warmUp.start();
        return new PrintWorker(commands, jobs, new OpenPdfRenderer(clinicName), files, clock);
    }
}
