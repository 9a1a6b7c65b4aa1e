package com.clinic.office.functions.notifications;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.clinic.platform.api.QueueWorker;
import com.clinic.platform.api.Serves;
import com.clinic.platform.notification.Notification;
import com.clinic.platform.notification.NotificationInbox;
import com.clinic.platform.sqs.SqsNotificationPublisher;
import com.clinic.platform.staff.StaffDirectory;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;

/**
 * Notifications queue worker: puts each notification in its recipients' inboxes (a role's message goes to
 * every active member). Re-deliveries are stored once, as the inbox key comes from the notification.
 */
@Serves({"notices"})
public class DeliverNotificationsFunction extends QueueWorker {
    private final JsonMapper json = bean(JsonMapper.class);
    private final NotificationInbox inbox = bean(NotificationInbox.class);
    private final StaffDirectory staff = bean(StaffDirectory.class);

    public DeliverNotificationsFunction() {
    }

    public DeliverNotificationsFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected void process(SQSEvent.SQSMessage message) throws Exception {
        Notification n = SqsNotificationPublisher.read(json, message.getBody());
        if (n.recipientRole() != null) {
            staff.withRole(n.recipientRole()).forEach(member -> inbox.deliver(n.forMember(member.id())));
        } else if (n.recipientId() != null) {
            inbox.deliver(n);
        } else {
            throw new IllegalArgumentException("notification " + n.id() + " has no recipient");
        }
    }
}
