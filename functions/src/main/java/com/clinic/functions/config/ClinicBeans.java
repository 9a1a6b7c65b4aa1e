package com.clinic.functions.config;

import com.clinic.infra.dynamodb.DynamoAggregateStore;
import com.clinic.infra.dynamodb.DynamoArmedTimers;
import com.clinic.infra.dynamodb.DynamoCalendarStore;
import com.clinic.infra.dynamodb.DynamoCatalogStore;
import com.clinic.infra.dynamodb.DynamoExamQuarantine;
import com.clinic.infra.dynamodb.DynamoFollowUps;
import com.clinic.infra.dynamodb.DynamoNotificationInbox;
import com.clinic.infra.dynamodb.DynamoPrintJobs;
import com.clinic.infra.dynamodb.DynamoStaffDirectory;
import com.clinic.infra.dynamodb.DynamoVisitStore;
import com.clinic.infra.events.PublishedEvents;
import com.clinic.infra.s3.S3FileStore;
import com.clinic.infra.scheduler.EventBridgeTimerScheduler;
import com.clinic.infra.sqs.SqsNotificationPublisher;
import com.clinic.infra.sqs.SqsPrintQueue;
import com.clinic.model.aftersales.AfterSalesService;
import com.clinic.model.calendar.Calendars;
import com.clinic.model.cashier.CashierService;
import com.clinic.model.consultation.ConsultationService;
import com.clinic.model.dispatch.DispatchService;
import com.clinic.model.journey.Files;
import com.clinic.model.journey.VisitCommands;
import com.clinic.model.loan.LoanKind;
import com.clinic.model.loan.LoanLedger;
import com.clinic.model.platform.Commands;
import com.clinic.model.port.CatalogStore;
import com.clinic.model.port.ExamQuarantine;
import com.clinic.model.port.FileStore;
import com.clinic.model.port.FollowUps;
import com.clinic.model.port.IdGenerator;
import com.clinic.model.port.NotificationInbox;
import com.clinic.model.port.NotificationPublisher;
import com.clinic.model.port.PrintJobs;
import com.clinic.model.port.PrintQueue;
import com.clinic.model.port.StaffDirectory;
import com.clinic.model.port.TimerScheduler;
import com.clinic.model.port.VisitStore;
import com.clinic.model.print.PrintService;
import com.clinic.model.reception.ReceptionService;
import com.clinic.model.timer.Timers;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Secondary;
import io.micronaut.context.env.Environment;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.scheduler.SchedulerClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Wires the domain's ports to their adapters. Names come from the function's environment, as template.yaml
 * sets it: {@code CLINIC_TABLE} is read as {@code clinic.table}, {@code CLINIC_PRINT_QUEUE} as
 * {@code clinic.print-queue}; the local cloud sets the same properties. Every bean is a lazy singleton and the
 * SQS, S3 and Scheduler clients are handed over as providers, so a function builds only the clients its path
 * actually calls (a read never builds the SQS client its service could publish with).
 */
@Factory
public class ClinicBeans {

    @Singleton
    AwsClients awsClients(Environment environment) {
        return AwsClients.of(environment);
    }

    /**
     * The client a Lambda entry point began building at its start, or a new one. Secondary so the benchmark can
     * register a client that times every call.
     */
    @Singleton
    @Secondary
    DynamoDbClient dynamoDb(Optional<DynamoDbAtStart> atStart, AwsClients aws) {
        return atStart.map(DynamoDbAtStart::client)
                .orElseGet(() -> aws.configure(DynamoDbClient.builder(), "dynamodb").build());
    }

    @Singleton
    SqsClient sqs(AwsClients aws) {
        return aws.configure(SqsClient.builder(), "sqs").build();
    }

    @Singleton
    S3Client s3(AwsClients aws) {
        return aws.configure(S3Client.builder(), "s3").forcePathStyle(aws.isLocal()).build();
    }

    @Singleton
    S3Presigner s3Presigner(AwsClients aws) {
        return aws.presigner();
    }

    @Singleton
    SchedulerClient scheduler(AwsClients aws) {
        return aws.configure(SchedulerClient.builder(), "scheduler").build();
    }

    /** The system clock; the local cloud registers one tests can move forward, which wins over this one. */
    @Singleton
    @Secondary
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Notifications are written with the change as the queue's message bodies (the outbox). */
    @Singleton
    DynamoAggregateStore aggregateStore(DynamoDbClient dynamo, @Property(name = "clinic.table") String table,
                                        JsonMapper json) {
        return DynamoAggregateStore.clinic(dynamo, table, o -> PublishedEvents.write(json, o));
    }

    @Singleton
    LoanLedger loanLedger(DynamoAggregateStore store, Clock clock) {
        return new LoanLedger(new Commands<>(LoanKind.LOAN, store, clock));
    }

    @Singleton
    VisitStore visitStore(DynamoDbClient dynamo, @Property(name = "clinic.table") String table,
                          DynamoAggregateStore store) {
        return new DynamoVisitStore(dynamo, table, store);
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
    CatalogStore catalogStore(DynamoDbClient dynamo, @Property(name = "clinic.table") String table) {
        return new DynamoCatalogStore(dynamo, table);
    }

    @Singleton
    Calendars calendars(DynamoDbClient dynamo, @Property(name = "clinic.table") String table) {
        return new Calendars(new DynamoCalendarStore(dynamo, table));
    }

    @Singleton
    PrintJobs printJobs(DynamoDbClient dynamo, @Property(name = "clinic.table") String table) {
        return new DynamoPrintJobs(dynamo, table);
    }

    @Singleton
    FollowUps followUps(DynamoDbClient dynamo, @Property(name = "clinic.table") String table) {
        return new DynamoFollowUps(dynamo, table);
    }

    @Singleton
    ExamQuarantine examQuarantine(DynamoDbClient dynamo, @Property(name = "clinic.table") String table) {
        return new DynamoExamQuarantine(dynamo, table);
    }

    @Singleton
    SqsNotificationPublisher notificationPublisher(BeanProvider<SqsClient> sqs, JsonMapper json,
                                                   @Property(name = "clinic.notifications-queue") String queue) {
        return new SqsNotificationPublisher(sqs::get, queue, json);
    }

    @Singleton
    PrintQueue printQueue(BeanProvider<SqsClient> sqs, @Property(name = "clinic.print-queue") String queue) {
        return new SqsPrintQueue(sqs::get, queue);
    }

    @Singleton
    FileStore fileStore(BeanProvider<S3Client> s3, BeanProvider<S3Presigner> presigner,
                        @Property(name = "clinic.files-bucket") String bucket) {
        return new S3FileStore(s3::get, presigner::get, bucket);
    }

    /** EventBridge Scheduler; the local cloud registers its own scheduler, which wins over this one. */
    @Singleton
    @Secondary
    TimerScheduler timerScheduler(BeanProvider<SchedulerClient> scheduler,
                                  @Property(name = "clinic.timer-group") String group,
                                  @Property(name = "clinic.timer-role") String role,
                                  @Property(name = "clinic.timer-dlq") String deadLetters,
                                  @Property(name = "clinic.timer-target-prefix") String targets) {
        return new EventBridgeTimerScheduler(scheduler::get, group, role, deadLetters, TimerTargets.arns(targets));
    }

    @Singleton
    Timers timers(TimerScheduler scheduler, DynamoDbClient dynamo, @Property(name = "clinic.table") String table) {
        return new Timers(scheduler, new DynamoArmedTimers(dynamo, table));
    }

    @Singleton
    VisitCommands visitCommands(VisitStore visits, DynamoAggregateStore store, Clock clock) {
        return new VisitCommands(visits, store, clock, IdGenerator.RANDOM);
    }

    @Singleton
    Files files(FileStore store) {
        return new Files(store, IdGenerator.RANDOM);
    }

    @Singleton
    DispatchService dispatchService(VisitCommands commands, VisitStore visits, StaffDirectory staff) {
        return new DispatchService(commands, visits, staff);
    }

    @Singleton
    ReceptionService receptionService(VisitCommands commands, VisitStore visits, Files files,
                                      ExamQuarantine quarantine, NotificationPublisher notifier) {
        return new ReceptionService(commands, visits, files, quarantine, notifier);
    }

    @Singleton
    ConsultationService consultationService(VisitCommands commands, VisitStore visits, StaffDirectory staff,
                                            CatalogStore catalogue, Files files) {
        return new ConsultationService(commands, visits, staff, catalogue, files);
    }

    @Singleton
    CashierService cashierService(VisitCommands commands, VisitStore visits) {
        return new CashierService(commands, visits);
    }

    @Singleton
    AfterSalesService afterSalesService(VisitCommands commands, Timers timers, FollowUps followUps) {
        return new AfterSalesService(commands, timers, followUps);
    }

    @Singleton
    PrintService printService(VisitCommands commands, PrintJobs jobs, PrintQueue queue, Files files, Clock clock) {
        return new PrintService(commands, jobs, queue, files, clock);
    }
}
