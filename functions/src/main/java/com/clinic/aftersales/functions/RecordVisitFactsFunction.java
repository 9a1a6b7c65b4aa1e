package com.clinic.aftersales.functions;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.clinic.aftersales.VisitFactsListener;
import com.clinic.journey.events.PublishedEvents;
import com.clinic.platform.api.ClinicFunction;
import com.clinic.platform.api.Serves;
import com.clinic.platform.api.StreamRecords;
import com.clinic.platform.dynamodb.DynamoAggregateStore;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After-sales learns of a visit's facts (payments, refunds, prices, rejection and restore, corrected customers) from
 * the table's stream (the template's filter passes only those), in one reader — the stream's second, beside the
 * outbox relay, as DynamoDB advises at most two per shard — and keeps its copies: paying customers (C-16), loans
 * (C-17…C-21), follow-up calls (C-22). Each fact is applied once, so a re-delivered record changes nothing twice;
 * a failing record (a refund whose loan is not open yet) is reported, and Lambda retries from it in order.
 */
@Serves({"C-15", "C-16", "C-17", "C-19", "C-24"})
public class RecordVisitFactsFunction extends ClinicFunction<DynamodbEvent, StreamsEventResponse> {
    private static final Logger LOG = LoggerFactory.getLogger(RecordVisitFactsFunction.class);

    private final VisitFactsListener listener = bean(VisitFactsListener.class);
    private final JsonMapper json = bean(JsonMapper.class);

    public RecordVisitFactsFunction() {
    }

    public RecordVisitFactsFunction(ApplicationContext context) {
        super(context);
    }

    /** Before a snapshot: a stream record that is no visit fact, which is passed over. */
    @Override
    protected void prime() {
        execute(StreamRecords.priming());
    }

    @Override
    public StreamsEventResponse execute(DynamodbEvent event) {
        for (DynamodbEvent.DynamodbStreamRecord r : StreamRecords.inserted(event, DynamoAggregateStore.EVENT_PREFIX,
                image -> image.containsKey("eventType")
                        && PublishedEvents.VISIT_FACTS.containsKey(image.get("eventType").getS()))) {
            var image = r.getDynamodb().getNewImage();
            try {
                listener.apply(PublishedEvents.read(json, image.get("body").getS(),
                        PublishedEvents.VISIT_FACTS.get(image.get("eventType").getS())));
            } catch (RuntimeException e) {
                String at = r.getDynamodb().getSequenceNumber();
                LOG.warn("applying the visit fact of stream record {} failed: {}", at, e.toString());
                return new StreamsEventResponse(List.of(new StreamsEventResponse.BatchItemFailure(at)));
            }
        }
        return new StreamsEventResponse(List.of());
    }
}
