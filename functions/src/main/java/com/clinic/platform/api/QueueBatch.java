package com.clinic.platform.api;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * An SQS batch as Lambda hands it to a queue worker, read for the two fields a worker uses (each message's id and
 * body; the rest of the event is skipped), and the answer naming the failed messages: the queue workers'
 * {@link StreamEntry}.
 */
@Serdeable
record QueueBatch(@JsonProperty("Records") List<Message> records) implements StreamEntry.Payload<SQSEvent> {

    static final StreamEntry<SQSEvent, SQSBatchResponse> ENTRY = new StreamEntry<>(QueueBatch.class, Answer::of,
            "{\"Records\":[{\"messageId\":\"m\",\"body\":\"b\"}]}",
            new SQSBatchResponse(List.of(new SQSBatchResponse.BatchItemFailure("m"))));

    @Serdeable
    record Message(String messageId, String body) {
    }

    @Serdeable
    record Answer(List<Failure> batchItemFailures) {
        static Answer of(SQSBatchResponse response) {
            return new Answer(response.getBatchItemFailures().stream()
                    .map(f -> new Failure(f.getItemIdentifier())).toList());
        }
    }

    @Serdeable
    record Failure(String itemIdentifier) {
    }

    @Override
    public SQSEvent event() {
        SQSEvent event = new SQSEvent();
        event.setRecords(records == null ? List.of() : records.stream().map(m -> {
            SQSEvent.SQSMessage message = new SQSEvent.SQSMessage();
            message.setMessageId(m.messageId());
            message.setBody(m.body());
            return message;
        }).toList());
        return event;
    }
}
