package com.clinic.platform.sqs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinic.platform.Role;
import com.clinic.platform.aws.EmulatedAws;
import com.clinic.platform.notification.Notification;
import io.micronaut.json.JsonMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** Publishing to ElasticMQ; the queue itself comes from the template with its dead-letter queue. */
class SqsNotificationPublisherTest {

    @Test
    void publishesEveryNotificationInBatchesAndReadsThemBack() throws Exception {
        JsonMapper json = JsonMapper.createDefault();
        String queue = EmulatedAws.ref("NotificationsQueue");
        SqsNotificationPublisher publisher = new SqsNotificationPublisher(EmulatedAws::sqs, queue, json);
        List<Notification> sent = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            sent.add(i % 2 == 0
                    ? Notification.toStaff("n" + i, "demo-driver1", "新的接送任务", "张丽 " + i, "V1", Instant.EPOCH)
                    : Notification.toRole("n" + i, Role.DISPATCHER, "新预约", "李娜 " + i, "V2", Instant.EPOCH));
        }
        publisher.publish(sent);
        Set<Notification> received = new HashSet<>();
        for (int i = 0; i < 10 && received.size() < 12; i++) {
            for (Message m : EmulatedAws.sqs().receiveMessage(b -> b.queueUrl(queue).maxNumberOfMessages(10)
                    .waitTimeSeconds(1)).messages()) {
                received.add(SqsNotificationPublisher.read(json, m.body()));
                EmulatedAws.sqs().deleteMessage(b -> b.queueUrl(queue).receiptHandle(m.receiptHandle()));
            }
        }
        assertEquals(new HashSet<>(sent), received);
    }

    @Test
    void theQueueRedrivesToItsDeadLetterQueue() {
        String redrive = EmulatedAws.sqs().getQueueAttributes(b -> b.queueUrl(EmulatedAws.ref("NotificationsQueue"))
                .attributeNames(QueueAttributeName.REDRIVE_POLICY)).attributes().get(QueueAttributeName.REDRIVE_POLICY);
        assertTrue(redrive.contains("NotificationsDeadLetterQueue") && redrive.contains("5"), redrive);
    }
}
