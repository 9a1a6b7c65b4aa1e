package com.clinic.platform.dynamodb;

import static com.clinic.platform.dynamodb.Attrs.item;
import static com.clinic.platform.dynamodb.Attrs.str;

import com.clinic.platform.Page;
import com.clinic.platform.PageRequest;
import com.clinic.platform.notification.Notification;
import com.clinic.platform.notification.NotificationInbox;
import java.time.Duration;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * {@code INBOX#recipient / N#createdAt#id}: the key comes from the notification itself, so a re-delivered
 * message meets its own item and is not stored twice. Kept 90 days.
 */
public final class DynamoNotificationInbox implements NotificationInbox {
    static final Duration KEEP = Duration.ofDays(90);
    /** gsi1: the notifications about one record, in every inbox (what an erasure rewrites with the record). */
    public static final String ABOUT = "INBOXABOUT#";

    private final ClinicTable table;

    public DynamoNotificationInbox(DynamoDbClient dynamo, String table) {
        this.table = new ClinicTable(dynamo, table);
    }

    @Override
    public boolean deliver(Notification n) {
        Map<String, AttributeValue> item = item().put("pk", "INBOX#" + n.recipientId())
                .put("sk", "N#" + n.createdAt() + "#" + n.id()).put("type", "NOTIFICATION")
                .put("id", n.id()).put("title", n.title()).put("message", n.message()).put("subject", n.subject())
                .put("createdAt", n.createdAt()).put("expiresAt", n.createdAt().plus(KEEP).getEpochSecond())
                .put("gsi1pk", n.subject() == null ? null : ABOUT + n.subject())
                .put("gsi1sk", n.subject() == null ? null : "N#" + n.createdAt() + "#" + n.id())
                .build();
        return table.putIfAbsent(item);
    }

    @Override
    public Page<Notification> inbox(String recipientId, PageRequest page) {
        return table.query(null, "pk", "INBOX#" + recipientId, page, false, i -> Notification.toStaff(str(i, "id"),
                recipientId, str(i, "title"), str(i, "message"), str(i, "subject"), Attrs.instant(i, "createdAt")));
    }
}
