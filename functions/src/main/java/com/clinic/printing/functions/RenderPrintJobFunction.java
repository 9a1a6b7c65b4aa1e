package com.clinic.printing.functions;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.clinic.platform.api.QueueWorker;
import com.clinic.platform.api.Serves;
import com.clinic.platform.config.AtStart;
import com.clinic.platform.port.FileStore;
import com.clinic.printing.PrintWorker;
import com.clinic.printing.pdf.OpenPdfRenderer;
import io.micronaut.context.ApplicationContext;
import java.util.concurrent.CompletableFuture;

/**
 * Print queue worker (C-07, C-13): renders each job's PDF with ZXing and OpenPDF, stores it in the files bucket
 * and marks the job done. A re-delivered message for a finished job does nothing.
 */
@Serves({"C-07", "C-13"})
public class RenderPrintJobFunction extends QueueWorker {
    /** Where each cold start stores its throwaway label: under the worker's own prefix, the same file each time. */
    static final String REHEARSAL_KEY = "prints/rehearsal.pdf";

    /**
     * The throwaway label, drawn once the common face (the longest step of the worker's cold start) is read:
     * in Lambda from the moment the class is initialised (LambdaBootstrap does that first), beside the application
     * context's start; outside Lambda (the local cloud, the tests) no thread starts at class loading.
     */
    private static final CompletableFuture<byte[]> LABEL = AtStart.inLambda()
            ? AtStart.computeInBackground("print-face-at-start", OpenPdfRenderer::rehearse) : null;

    private final PrintWorker printing = bean(PrintWorker.class);

    /**
     * Lambda's constructor: another thread stores the throwaway label as {@link #REHEARSAL_KEY}, so that the first
     * job finds the S3 client's upload path (endpoint rules, signing, checksums, the connection) loaded. Storing the
     * same small file again changes nothing that anyone reads; it costs one request per cold start.
     */
    public RenderPrintJobFunction() {
        FileStore store = bean(FileStore.class);
        AtStart.inBackground("print-worker-at-start", () -> store.put(REHEARSAL_KEY,
                LABEL != null ? LABEL.join() : OpenPdfRenderer.rehearse(), "application/pdf"));
    }

    public RenderPrintJobFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected void process(SQSEvent.SQSMessage message) {
        printing.render(message.getBody().strip());
    }
}
