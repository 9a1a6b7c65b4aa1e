package com.clinic.office.functions.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.clinic.platform.PageRequest;
import com.clinic.platform.Role;
import com.clinic.platform.functions.TestCloud;
import com.clinic.platform.notification.NotificationInbox;
import com.clinic.platform.staff.StaffDirectory;
import com.clinic.platform.staff.StaffMember;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DeliverNotificationsFunctionTest {

    static SQSEvent.SQSMessage message(String id, String body) {
        SQSEvent.SQSMessage m = new SQSEvent.SQSMessage();
        m.setMessageId(id);
        m.setBody(body);
        return m;
    }

    @Test
    void reportsOnlyTheBadMessageAndStoresARedeliveryOnce() {
        TestCloud cloud = TestCloud.get();
        String a = "fd-" + UUID.randomUUID();
        String b = "fd-" + UUID.randomUUID();
        cloud.context.getBean(StaffDirectory.class).save(new StaffMember(a, "前台甲", null, Set.of(Role.FRONT_DESK),
                true));
        cloud.context.getBean(StaffDirectory.class).save(new StaffMember(b, "前台乙", null, Set.of(Role.FRONT_DESK),
                true));
        String toRole = "{\"id\":\"n-" + a + "\",\"recipientRole\":\"FRONT_DESK\",\"title\":\"客户已接到\","
                + "\"message\":\"张丽\",\"subject\":\"V1\",\"createdAt\":\"2026-11-22T02:00:00Z\"}";
        SQSEvent event = new SQSEvent();
        event.setRecords(List.of(message("ok", toRole), message("broken", "{not json"),
                message("nobody", "{\"id\":\"x\",\"title\":\"t\",\"createdAt\":\"2026-11-22T02:00:00Z\"}"),
                message("again", toRole)));
        SQSBatchResponse r = new DeliverNotificationsFunction(cloud.context).handleRequest(event, null);
        assertEquals(List.of("broken", "nobody"), r.getBatchItemFailures().stream()
                .map(SQSBatchResponse.BatchItemFailure::getItemIdentifier).toList());
        NotificationInbox inbox = cloud.context.getBean(NotificationInbox.class);
        assertEquals(1, inbox.inbox(a, new PageRequest(10, null)).items().size());
        assertEquals(1, inbox.inbox(b, new PageRequest(10, null)).items().size());
    }

    @Test
    void lambdasStreamEntryReadsTheBatchAndAnswersTheFailedMessagesAsJson() throws Exception {
        TestCloud cloud = TestCloud.get();
        String driver = "driver-" + UUID.randomUUID();
        String toDriver = "{\"id\":\"n-" + driver + "\",\"recipientId\":\"" + driver + "\",\"title\":\"新的接送任务\","
                + "\"createdAt\":\"2026-11-22T02:00:00Z\"}";
        String event = "{\"Records\":[{\"messageId\":\"ok\",\"body\":" + quoted(toDriver)
                + ",\"attributes\":{\"ApproximateReceiveCount\":\"1\"},\"eventSource\":\"aws:sqs\"},"
                + "{\"messageId\":\"broken\",\"body\":\"{not json\",\"md5OfBody\":\"x\"}]}";
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        new DeliverNotificationsFunction(cloud.context).handleRequest(
                new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), answer, null);
        assertEquals("{\"batchItemFailures\":[{\"itemIdentifier\":\"broken\"}]}",
                answer.toString(StandardCharsets.UTF_8));
        assertEquals(1, cloud.context.getBean(NotificationInbox.class).inbox(driver, new PageRequest(10, null))
                .items().size());
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
