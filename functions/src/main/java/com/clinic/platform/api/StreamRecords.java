package com.clinic.platform.api;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The table-stream records a stream function acts on: new items whose key starts with its prefix (the outbox's
 * notifications, the published events). The template's filter already passes only these to the deployed
 * function; they are checked again here for the local feed and the tests, which pass every record.
 */
public final class StreamRecords {
    private StreamRecords() {
    }

    /** The inserted items under the key prefix whose new image passes {@code wanted}, in stream order. */
    public static List<DynamodbEvent.DynamodbStreamRecord> inserted(DynamodbEvent event, String prefix,
                                                                    Predicate<Map<String, AttributeValue>> wanted) {
        return event.getRecords().stream().filter(r -> {
            StreamRecord change = r.getDynamodb();
            AttributeValue pk = change == null || change.getKeys() == null ? null : change.getKeys().get("pk");
            return "INSERT".equals(r.getEventName()) && pk != null && pk.getS() != null
                    && pk.getS().startsWith(prefix) && change.getNewImage() != null
                    && wanted.test(change.getNewImage());
        }).toList();
    }

    /** A batch of one record no stream function acts on, for priming before a snapshot. */
    public static DynamodbEvent priming() {
        StreamRecord change = new StreamRecord();
        change.setKeys(Map.of("pk", new AttributeValue("VISIT#PRIMING")));
        DynamodbEvent.DynamodbStreamRecord r = new DynamodbEvent.DynamodbStreamRecord();
        r.setEventName("INSERT");
        r.setDynamodb(change);
        DynamodbEvent event = new DynamodbEvent();
        event.setRecords(List.of(r));
        return event;
    }
}
