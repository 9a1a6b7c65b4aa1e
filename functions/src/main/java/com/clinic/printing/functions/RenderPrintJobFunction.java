package com.clinic.printing.functions;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.clinic.platform.api.QueueWorker;
import com.clinic.platform.api.Serves;
import com.clinic.printing.PrintWorker;
import io.micronaut.context.ApplicationContext;

/**
 * Print queue worker (C-07, C-13): renders each job's PDF with ZXing and OpenPDF, stores it in the files bucket
 * and marks the job done. A re-delivered message for a finished job does nothing.
 */
@Serves({"C-07", "C-13"})
public class RenderPrintJobFunction extends QueueWorker {
    private final PrintWorker printing = bean(PrintWorker.class);

    public RenderPrintJobFunction() {
    }

    public RenderPrintJobFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected void process(SQSEvent.SQSMessage message) {
        printing.render(message.getBody().strip());
    }
}
