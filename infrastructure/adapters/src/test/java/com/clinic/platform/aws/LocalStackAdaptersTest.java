package com.clinic.platform.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinic.emulators.Template;
import com.clinic.journey.dynamodb.DynamoVisitStore;
import com.clinic.journey.dynamodb.VisitItems;
import com.clinic.journey.visit.ArrivalPlan;
import com.clinic.journey.visit.BookingForm.BookAppointment;
import com.clinic.journey.visit.CustomerProfile;
import com.clinic.journey.visit.Gender;
import com.clinic.journey.visit.TransportMode;
import com.clinic.journey.visit.Visit;
import com.clinic.journey.visit.VisitEvent;
import com.clinic.journey.visit.VisitKind;
import com.clinic.journey.visit.VisitStage;
import com.clinic.platform.AuditRecord;
import com.clinic.platform.PageRequest;
import com.clinic.platform.StaffRef;
import com.clinic.platform.command.Decision.Accepted;
import com.clinic.platform.dynamodb.DynamoAggregateStore;
import com.clinic.platform.notification.Notification;
import com.clinic.platform.port.TimerScheduler.Timer;
import com.clinic.platform.scheduler.EventBridgeTimerScheduler;
import com.clinic.platform.sqs.SqsNotificationPublisher;
import com.clinic.platform.timer.TimerKind;
import io.micronaut.json.JsonMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.localstack.LocalStackContainer.Service;
import org.testcontainers.containers.localstack.LocalStackContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.utility.DockerImageName;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.scheduler.SchedulerClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The adapters against LocalStack, including the EventBridge Scheduler API that has no in-process emulator.
 * Runs where a Docker engine exists; elsewhere JUnit reports it skipped.
 */
@Testcontainers(disabledWithoutDocker = true)
class LocalStackAdaptersTest {
    @Container
    static final LocalStackContainer LOCALSTACK = new LocalStackContainer(
            DockerImageName.parse("localstack/localstack:4.4"))
            .withServices(Service.DYNAMODB, Service.SQS, LocalStackContainer.EnabledService.named("scheduler"));

    static <B extends AwsClientBuilder<B, ?>> B local(B builder) {
        return builder.endpointOverride(LOCALSTACK.getEndpoint()).region(Region.of(LOCALSTACK.getRegion()))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                        LOCALSTACK.getAccessKey(), LOCALSTACK.getSecretKey())));
    }

    @Test
    void visitsQueuesAndTimersWorkOnLocalStack() throws Exception {
        DynamoDbClient dynamo = local(DynamoDbClient.builder()).build();
        SqsClient sqs = local(SqsClient.builder()).build();
        com.clinic.emulators.LocalResources.createTables(Template.loadDefault(), dynamo, "ls");
        DynamoAggregateStore aggregates = new DynamoAggregateStore(dynamo, "ls-ClinicTable", o -> ((Notification) o).id(),
                Map.of(VisitKind.VISIT.name(), VisitItems.MAPPING));
        DynamoVisitStore store = new DynamoVisitStore(dynamo, "ls-ClinicTable", aggregates);
        Accepted<Visit, VisitEvent> booked = Visit.book("V-LS-1", "C-LS-1", new BookAppointment(
                new CustomerProfile("张丽", "13912345678", Gender.FEMALE, 30, List.of(), null, null),
                new ArrivalPlan(Instant.parse("2026-12-01T02:00:00Z"), TransportMode.TRAIN, "G1", "东站")),
                new StaffRef("s", "赵"), Instant.now());
        store.create(booked.after(), new AuditRecord("V-LS-1", Instant.now(), new StaffRef("s", "赵"), Set.of(),
                "BOOK_APPOINTMENT", null, "BOOKED", "book"), null, null, List.of());
        assertEquals(List.of("V-LS-1"), store.listQueue(VisitStage.BOOKED.name(), new PageRequest(10, null)).items()
                .stream().map(Visit::code).toList());

        String queue = sqs.createQueue(b -> b.queueName("ls-notifications")).queueUrl();
        new SqsNotificationPublisher(() -> sqs, queue, JsonMapper.createDefault()).publish(List.of(
                Notification.toStaff("n1", "d1", "t", "m", "V-LS-1", Instant.EPOCH)));
        assertEquals(1, sqs.receiveMessage(b -> b.queueUrl(queue).waitTimeSeconds(2)).messages().size());

        SchedulerClient scheduler = local(SchedulerClient.builder()).build();
        scheduler.createScheduleGroup(b -> b.name("ls-timers"));
        EventBridgeTimerScheduler timers = new EventBridgeTimerScheduler(() -> scheduler, "ls-timers",
                "arn:aws:iam::000000000000:role/timers", "arn:aws:sqs:us-east-1:000000000000:dlq",
                Map.of(TimerKind.FOLLOW_UP_DAY_2, "arn:aws:lambda:us-east-1:000000000000:function:target"));
        Timer t = new Timer(TimerKind.FOLLOW_UP_DAY_2, "V261123-LS0001", 1, Instant.now().plusSeconds(86_400));
        timers.schedule(t);
        timers.schedule(t);
        assertTrue(scheduler.listSchedules(b -> b.groupName("ls-timers")).schedules().size() == 1);
        timers.cancel(t.name());
        assertTrue(scheduler.listSchedules(b -> b.groupName("ls-timers")).schedules().isEmpty());
    }
}
