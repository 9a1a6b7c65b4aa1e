package com.clinic.printing.functions;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.clinic.platform.api.QueueWorker;
import com.clinic.platform.api.Serves;
import com.clinic.platform.config.AtStart;
import com.clinic.platform.port.FileStore;
import com.clinic.printing.PrintWorker;
import com.clinic.printing.pdf.OpenPdfRenderer;
import io.micronaut.context.ApplicationContext;
import java.time.Duration;

/**
 * Print queue worker (C-07, C-13): renders each job's PDF with ZXing and OpenPDF, stores it in the files bucket
 * and marks the job done. A re-delivered message for a finished job does nothing.
 */
@Serves({"C-07", "C-13"})
public class RenderPrintJobFunction extends QueueWorker {
    /** The throwaway upload signed at start: under the worker's own prefix, never sent. */
    static final String REHEARSAL_KEY = "prints/rehearsal.pdf";
    static final String EMPTY_MD5 = "1B2M2Y8AsgTpgAmY7PhCfg==";

    private final PrintWorker printing = bean(PrintWorker.class);

    /**
     * Lambda's constructor: another thread reads the face, draws a throwaway label and signs a throwaway upload
     * (nothing is sent), so the first job waits for none of them.
     */
    public RenderPrintJobFunction() {
        FileStore store = bean(FileStore.class);
        AtStart.inBackground("print-worker-at-start", () -> {
            OpenPdfRenderer.rehearse();
            store.presignUpload(REHEARSAL_KEY, "application/pdf", 0, EMPTY_MD5, Duration.ofMinutes(1));
        });
    }

    public RenderPrintJobFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected void process(SQSEvent.SQSMessage message) {
        printing.render(message.getBody().strip());
    }
}
