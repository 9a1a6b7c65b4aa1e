package com.clinic.functions.config;

import com.clinic.infra.dynamodb.DynamoNotificationInbox;
import com.clinic.infra.dynamodb.DynamoStaffDirectory;
import com.clinic.infra.dynamodb.DynamoVisitStore;
import com.clinic.infra.sqs.SqsNotificationPublisher;
import com.clinic.model.dispatch.DispatchService;
import com.clinic.model.port.IdGenerator;
import com.clinic.model.port.NotificationInbox;
import com.clinic.model.port.NotificationPublisher;
import com.clinic.model.port.StaffDirectory;
import com.clinic.model.port.VisitStore;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Secondary;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.time.Clock;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Wires the domain's ports to their adapters. Names come from the function's environment (CLINIC_TABLE becomes
 * {@code clinic.table}), as template.yaml sets it; the local cloud sets the same properties.
 */
@Factory
public class ClinicBeans {

    @Singleton
    DynamoDbClient dynamoDb(AwsClients aws) {
        return aws.configure(DynamoDbClient.builder(), "dynamodb").build();
    }

    @Singleton
    SqsClient sqs(AwsClients aws) {
        return aws.configure(SqsClient.builder(), "sqs").build();
    }

    /** The system clock; the local cloud registers one tests can move forward, which wins over this one. */
    @Singleton
    @Secondary
    Clock clock() {
        return Clock.systemUTC();
    }

    @Singleton
    VisitStore visitStore(DynamoDbClient dynamo, @Property(name = "clinic.table") String table) {
        return new DynamoVisitStore(dynamo, table);
    }

    @Singleton
    StaffDirectory staffDirectory(DynamoDbClient dynamo, @Property(name = "clinic.table") String table) {
        return new DynamoStaffDirectory(dynamo, table);
    }

    @Singleton
    NotificationInbox notificationInbox(DynamoDbClient dynamo, @Property(name = "clinic.table") String table) {
        return new DynamoNotificationInbox(dynamo, table);
    }

    @Singleton
    NotificationPublisher notificationPublisher(SqsClient sqs, JsonMapper json,
                                                @Property(name = "clinic.notifications-queue") String queue) {
        return new SqsNotificationPublisher(sqs, queue, json);
    }

    @Singleton
    DispatchService dispatchService(VisitStore visits, StaffDirectory staff, NotificationPublisher notifier,
                                    Clock clock) {
        return new DispatchService(visits, staff, notifier, clock, IdGenerator.RANDOM);
    }
}
