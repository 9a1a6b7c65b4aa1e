package com.clinic.office.functions.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;
import com.clinic.platform.functions.TestCloud;
import io.micronaut.context.ApplicationContext;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

class ForwardNotificationsFunctionTest {

    static DynamodbEvent.DynamodbStreamRecord record(String eventName, String pk, String body, String sequence) {
        StreamRecord change = new StreamRecord();
        change.setKeys(Map.of("pk", new AttributeValue(pk)));
        if (body != null) {
            change.setNewImage(Map.of("pk", new AttributeValue(pk), "body", new AttributeValue(body)));
        }
        change.setSequenceNumber(sequence);
        DynamodbEvent.DynamodbStreamRecord r = new DynamodbEvent.DynamodbStreamRecord();
        r.setEventName(eventName);
        r.setDynamodb(change);
        return r;
    }

    static DynamodbEvent event(DynamodbEvent.DynamodbStreamRecord... records) {
        DynamodbEvent e = new DynamodbEvent();
        e.setRecords(List.of(records));
        return e;
    }

    @Test
    void putsNewOutboxItemsOnTheQueueAndPassesOverEverythingElse() {
        TestCloud cloud = TestCloud.get();
        String run = UUID.randomUUID().toString();
        StreamsEventResponse r = new ForwardNotificationsFunction(cloud.context).handleRequest(event(
                record("INSERT", "OUTBOX#a-" + run, "{\"id\":\"a-" + run + "\"}", "1"),
                record("INSERT", "VISIT#V1", "{\"id\":\"visit-" + run + "\"}", "2"),
                record("REMOVE", "OUTBOX#expired-" + run, null, "3"),
                record("INSERT", "OUTBOX#b-" + run, "{\"id\":\"b-" + run + "\"}", "4")), null);
        assertTrue(r.getBatchItemFailures().isEmpty());

        SqsClient sqs = cloud.context.getBean(SqsClient.class);
        Set<String> seen = new HashSet<>();
        String url = (String) cloud.resources.functionProperties().get("clinic.notifications-queue");
        for (int i = 0; i < 20 && !seen.containsAll(Set.of("{\"id\":\"a-" + run + "\"}",
                "{\"id\":\"b-" + run + "\"}")); i++) {
            for (Message m : sqs.receiveMessage(b -> b.queueUrl(url).maxNumberOfMessages(10).waitTimeSeconds(1))
                    .messages()) {
                if (m.body().contains(run)) {
                    seen.add(m.body());
                    sqs.deleteMessage(b -> b.queueUrl(url).receiptHandle(m.receiptHandle()));
                }
            }
        }
        assertEquals(Set.of("{\"id\":\"a-" + run + "\"}", "{\"id\":\"b-" + run + "\"}"), seen,
                "the two outbox items, and not the visit");
    }

    @Test
    void aBatchTheQueueRefusesIsReportedFromItsFirstRecord() {
        TestCloud cloud = TestCloud.get();
        Map<String, Object> props = new HashMap<>(cloud.resources.functionProperties());
        props.put("clinic.notifications-queue", props.get("clinic.notifications-queue") + "-missing");
        try (ApplicationContext broken = ApplicationContext.builder().properties(props).deduceEnvironment(false)
                .start()) {
            StreamsEventResponse r = new ForwardNotificationsFunction(broken).handleRequest(event(
                    record("INSERT", "VISIT#V1", "{}", "7"),
                    record("INSERT", "OUTBOX#c", "{\"id\":\"c\"}", "8"),
                    record("INSERT", "OUTBOX#d", "{\"id\":\"d\"}", "9")), null);
            assertEquals(List.of("8"), r.getBatchItemFailures().stream()
                    .map(StreamsEventResponse.BatchItemFailure::getItemIdentifier).toList());
        }
    }
}
