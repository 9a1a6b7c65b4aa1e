package com.clinic.platform.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Base of the SQS workers: processes each message on its own and reports the failed ones only, so the queue
 * redelivers just those (and moves them to the dead-letter queue after the redrive limit).
 */
public abstract class QueueWorker extends ClinicFunction<SQSEvent, SQSBatchResponse> implements RequestStreamHandler {
    private static final Logger LOG = LoggerFactory.getLogger(QueueWorker.class);

    private final JsonMapper json = bean(JsonMapper.class);

    protected QueueWorker() {
        super();
    }

    protected QueueWorker(ApplicationContext context) {
        super(context);
    }

    protected abstract void process(SQSEvent.SQSMessage message) throws Exception;

    /** Lambda's entry: see {@link StreamEntry}. */
    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        QueueBatch.ENTRY.serve(json, input, output, event -> handleRequest(event, context));
    }

    /** Before a snapshot: a batch of one unreadable message, reported as failed and changing nothing. */
    @Override
    protected void prime() {
        QueueBatch.ENTRY.rehearse(json);
        SQSEvent.SQSMessage m = new SQSEvent.SQSMessage();
        m.setMessageId("snapstart-priming");
        m.setBody("{}");
        SQSEvent event = new SQSEvent();
        event.setRecords(List.of(m));
        execute(event);
    }

    @Override
    public final SQSBatchResponse execute(SQSEvent event) {
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        for (SQSEvent.SQSMessage message : event.getRecords()) {
            try {
                process(message);
            } catch (Exception e) {
                LOG.warn("message {} failed: {}", message.getMessageId(), e.toString());
                failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
            }
        }
        return new SQSBatchResponse(failures);
    }
}
