package com.clinic.platform.sqs;

import com.clinic.platform.notification.Notification;
import com.clinic.platform.notification.NotificationPublisher;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.SerdeImport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;

/** Sends notifications to the notifications queue as JSON, ten to a batch call. */
@SerdeImport(Notification.class)
public final class SqsNotificationPublisher implements NotificationPublisher {
    private final Supplier<SqsClient> sqs;
    private final String queueUrl;
    private final JsonMapper json;

    /** The client is asked for on the first publish, so functions that publish nothing never build it. */
    public SqsNotificationPublisher(Supplier<SqsClient> sqs, String queueUrl, JsonMapper json) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
        this.json = json;
    }

    @Override
    public void publish(List<Notification> notifications) {
        send(notifications.stream().map(n -> write(json, n)).toList());
    }

    /** Sends message bodies as they are (written by {@link #write}), as the outbox holds them. */
    public void send(List<String> bodies) {
        for (int from = 0; from < bodies.size(); from += 10) {
            List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
            List<String> batch = bodies.subList(from, Math.min(from + 10, bodies.size()));
            for (int i = 0; i < batch.size(); i++) {
                entries.add(SendMessageBatchRequestEntry.builder().id(Integer.toString(i))
                        .messageBody(batch.get(i)).build());
            }
            SendMessageBatchResponse r = sqs.get().sendMessageBatch(b -> b.queueUrl(queueUrl).entries(entries));
            if (r.hasFailed() && !r.failed().isEmpty()) {
                throw new IllegalStateException("queue refused notifications: " + r.failed());
            }
        }
    }

    /** A notification as a message body. */
    public static String write(JsonMapper json, Notification n) {
        try {
            return json.writeValueAsString(n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a message body written by {@link #publish}. */
    public static Notification read(JsonMapper json, String body) throws IOException {
        return json.readValue(body, Notification.class);
    }
}
