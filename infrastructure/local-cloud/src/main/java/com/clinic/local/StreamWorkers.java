package com.clinic.local;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;
import com.clinic.emulators.LocalResources;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * Reads each DynamoDB-stream-triggered function's table stream and invokes it with batches, as Lambda's event
 * source mapping does: from the oldest record, shard by shard in order, retrying from the record a function
 * reports as failed. The template's filter is not applied here; the functions check their records themselves.
 */
final class StreamWorkers {
    private static final long PAUSE_MS = 200;

    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;

    StreamWorkers(LocalFunctions functions, LocalResources resources, DynamoDbStreamsClient streams) {
        for (LocalFunctions.EventSource source : functions.events("DynamoDB")) {
            String arn = resources.resolve(source.properties().get("Stream"));
            int batch = ((Number) source.properties().getOrDefault("BatchSize", 100)).intValue();
            Thread t = new Thread(() -> poll(functions, source.functionId(), streams, arn, batch),
                    "stream-" + source.functionId());
            t.setDaemon(true);
            threads.add(t);
        }
        threads.forEach(Thread::start);
    }

    int count() {
        return threads.size();
    }

    private void poll(LocalFunctions functions, String functionId, DynamoDbStreamsClient streams, String arn,
                      int batch) {
        Map<String, String> iterators = new HashMap<>();
        Set<String> finished = new HashSet<>();
        while (running) {
            try {
                for (Shard shard : streams.describeStream(b -> b.streamArn(arn)).streamDescription().shards()) {
                    if (!finished.contains(shard.shardId()) && !iterators.containsKey(shard.shardId())) {
                        iterators.put(shard.shardId(), streams.getShardIterator(b -> b.streamArn(arn)
                                .shardId(shard.shardId()).shardIteratorType(ShardIteratorType.TRIM_HORIZON))
                                .shardIterator());
                    }
                }
                boolean idle = true;
                for (String shardId : List.copyOf(iterators.keySet())) {
                    var page = streams.getRecords(b -> b.shardIterator(iterators.get(shardId)).limit(batch));
                    String next = page.nextShardIterator();
                    if (!page.records().isEmpty()) {
                        idle = false;
                        String failed = invoke(functions, functionId, page.records(), arn);
                        if (failed != null) {
                            next = streams.getShardIterator(b -> b.streamArn(arn).shardId(shardId)
                                    .shardIteratorType(ShardIteratorType.AT_SEQUENCE_NUMBER)
                                    .sequenceNumber(failed)).shardIterator();
                            pause();
                        }
                    }
                    if (next == null) {
                        iterators.remove(shardId);
                        finished.add(shardId);
                    } else {
                        iterators.put(shardId, next);
                    }
                }
                if (idle) {
                    pause();
                }
            } catch (RuntimeException e) {
                if (running) {
                    iterators.clear();
                    pause();
                }
            }
        }
    }

    /** The sequence number to retry from, or null when the batch went through. */
    private static String invoke(LocalFunctions functions, String functionId, List<Record> records, String arn) {
        DynamodbEvent event = new DynamodbEvent();
        event.setRecords(records.stream().map(r -> record(r, arn)).toList());
        try {
            StreamsEventResponse r = (StreamsEventResponse) functions.invoke(functionId, event);
            return r == null || r.getBatchItemFailures() == null || r.getBatchItemFailures().isEmpty() ? null
                    : r.getBatchItemFailures().get(0).getItemIdentifier();
        } catch (RuntimeException ex) {
            // An unhandled error fails the whole batch, as in Lambda.
            return records.get(0).dynamodb().sequenceNumber();
        }
    }

    private static DynamodbEvent.DynamodbStreamRecord record(Record r, String arn) {
        StreamRecord change = new StreamRecord();
        change.setKeys(attributes(r.dynamodb().keys()));
        change.setNewImage(r.dynamodb().hasNewImage() ? attributes(r.dynamodb().newImage()) : null);
        change.setSequenceNumber(r.dynamodb().sequenceNumber());
        change.setStreamViewType(com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamViewType
                .fromValue(r.dynamodb().streamViewTypeAsString()));
        DynamodbEvent.DynamodbStreamRecord out = new DynamodbEvent.DynamodbStreamRecord();
        out.setEventID(r.eventID());
        out.setEventName(r.eventNameAsString());
        out.setEventSource("aws:dynamodb");
        out.setEventSourceARN(arn);
        out.setDynamodb(change);
        return out;
    }

    private static Map<String, AttributeValue> attributes(
            Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> item) {
        return item.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> value(e.getValue())));
    }

    /** The SDK's attribute value as the Lambda event model writes it (binary values are not used here). */
    private static AttributeValue value(software.amazon.awssdk.services.dynamodb.model.AttributeValue v) {
        AttributeValue out = new AttributeValue();
        if (v.s() != null) {
            out.setS(v.s());
        } else if (v.n() != null) {
            out.setN(v.n());
        } else if (v.bool() != null) {
            out.setBOOL(v.bool());
        } else if (Boolean.TRUE.equals(v.nul())) {
            out.setNULL(true);
        } else if (v.hasM()) {
            out.setM(attributes(v.m()));
        } else if (v.hasL()) {
            out.setL(v.l().stream().map(StreamWorkers::value).toList());
        } else if (v.hasSs()) {
            out.setSS(v.ss());
        } else if (v.hasNs()) {
            out.setNS(v.ns());
        }
        return out;
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void stop() {
        running = false;
        threads.forEach(Thread::interrupt);
    }
}
