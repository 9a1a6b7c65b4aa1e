package com.clinic.platform.api;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

    /** A batch of one message, for {@link #rehearse}. */
    private static final byte[] REHEARSAL = "{\"Records\":[{\"messageId\":\"m\",\"body\":\"b\"}]}"
            .getBytes(StandardCharsets.UTF_8);

    /**
     * Reads a batch and writes an answer as a Lambda start's background work (see {@code AtStart}), so that the
     * first batch finds the JSON mapper's readers and writers for them loaded.
     */
    static void rehearse(JsonMapper json) {
        try {
            json.readValue(REHEARSAL, QueueBatch.class).event();
            json.writeValueAsBytes(new Answer(List.of(new Failure("m"))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
