package com.clinic.office.functions.notifications;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.clinic.platform.api.ClinicFunction;
import com.clinic.platform.api.Serves;
import com.clinic.platform.api.NoTableAtStart;
import com.clinic.platform.api.StreamRecords;
import com.clinic.platform.dynamodb.DynamoAggregateStore;
import com.clinic.platform.sqs.SqsNotificationPublisher;
import io.micronaut.context.ApplicationContext;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbox's relay: the table's stream brings each notification a command wrote with its change, and this
 * puts it on the notifications queue, ten to a call. A batch that fails is reported from its first record, so
 * Lambda retries from there in order; what was sent twice is stored once by the delivery worker.
 */
@Serves({"notices"})
public class ForwardNotificationsFunction extends ClinicFunction<DynamodbEvent, StreamsEventResponse>
        implements NoTableAtStart {
    private static final Logger LOG = LoggerFactory.getLogger(ForwardNotificationsFunction.class);
    private static final int BATCH = 10;

    private final SqsNotificationPublisher queue = bean(SqsNotificationPublisher.class);

    public ForwardNotificationsFunction() {
    }

    public ForwardNotificationsFunction(ApplicationContext context) {
        super(context);
    }

    /** Before a snapshot: a stream record that is not an outbox item, which is passed over. */
    @Override
    protected void prime() {
        execute(StreamRecords.priming());
    }

    @Override
    public StreamsEventResponse execute(DynamodbEvent event) {
        List<DynamodbEvent.DynamodbStreamRecord> outbox = StreamRecords.inserted(event,
                DynamoAggregateStore.OUTBOX_PREFIX, image -> image.containsKey("body"));
        for (int from = 0; from < outbox.size(); from += BATCH) {
            List<DynamodbEvent.DynamodbStreamRecord> batch = outbox.subList(from, Math.min(from + BATCH,
                    outbox.size()));
            List<String> bodies = new ArrayList<>();
            batch.forEach(r -> bodies.add(r.getDynamodb().getNewImage().get("body").getS()));
            try {
                queue.send(bodies);
            } catch (RuntimeException e) {
                String first = batch.get(0).getDynamodb().getSequenceNumber();
                LOG.warn("forwarding from stream record {} failed: {}", first, e.toString());
                return new StreamsEventResponse(List.of(new StreamsEventResponse.BatchItemFailure(first)));
            }
        }
        return new StreamsEventResponse(List.of());
    }
}
