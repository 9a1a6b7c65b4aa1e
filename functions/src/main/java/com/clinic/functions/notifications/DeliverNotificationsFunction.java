package com.clinic.functions.notifications;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.clinic.infra.sqs.SqsNotificationPublisher;
import com.clinic.model.notification.Notification;
import com.clinic.model.port.NotificationInbox;
import com.clinic.model.port.StaffDirectory;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.MicronautRequestHandler;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notifications queue worker: puts each notification in its recipients' inboxes (a role's message goes to
 * every active member). A message that fails is reported alone, so the rest of the batch is not redelivered;
 * after five failures the queue moves it to the dead-letter queue. Re-deliveries are stored once.
 */
public class DeliverNotificationsFunction extends MicronautRequestHandler<SQSEvent, SQSBatchResponse> {
    private static final Logger LOG = LoggerFactory.getLogger(DeliverNotificationsFunction.class);

    @Inject
    JsonMapper json;
    @Inject
    NotificationInbox inbox;
    @Inject
    StaffDirectory staff;

    public DeliverNotificationsFunction() {
    }

    public DeliverNotificationsFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    public SQSBatchResponse execute(SQSEvent event) {
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        for (SQSEvent.SQSMessage message : event.getRecords()) {
            try {
                deliver(SqsNotificationPublisher.read(json, message.getBody()));
            } catch (Exception e) {
                LOG.warn("notification message {} not delivered", message.getMessageId(), e);
                failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
            }
        }
        return new SQSBatchResponse(failures);
    }

    private void deliver(Notification n) {
        if (n.recipientRole() != null) {
            staff.withRole(n.recipientRole()).forEach(member -> inbox.deliver(n.forMember(member.id())));
        } else if (n.recipientId() != null) {
            inbox.deliver(n);
        } else {
            throw new IllegalArgumentException("notification " + n.id() + " has no recipient");
        }
    }
}
