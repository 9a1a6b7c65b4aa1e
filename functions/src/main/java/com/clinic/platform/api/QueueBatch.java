package com.clinic.platform.api;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * An SQS batch as Lambda hands it to a queue worker, read for the two fields a worker uses (each message's id and
 * body; the rest of the event is skipped), and the answer naming the failed messages.
 */
@Serdeable
record QueueBatch(@JsonProperty("Records") List<Message> records) {

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

    SQSEvent event() {
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
