package com.clinic.platform.api;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import io.micronaut.context.ApplicationContext;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Base of the SQS workers: processes each message on its own and reports the failed ones only, so the queue
 * redelivers just those (and moves them to the dead-letter queue after the redrive limit).
 */
public abstract class QueueWorker extends ClinicFunction<SQSEvent, SQSBatchResponse> {
    private static final Logger LOG = LoggerFactory.getLogger(QueueWorker.class);

    protected QueueWorker() {
        super();
    }

    protected QueueWorker(ApplicationContext context) {
        super(context);
    }

    protected abstract void process(SQSEvent.SQSMessage message) throws Exception;

    /** Before a snapshot: a batch of one unreadable message, reported as failed and changing nothing. */
    @Override
    protected void prime() {
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
