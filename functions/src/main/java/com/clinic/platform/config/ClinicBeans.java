package com.clinic.platform.config;

import com.clinic.program.delivery.Carriers;
import com.clinic.program.plan.PlanTemplates;
import com.clinic.aftersales.complaint.ComplaintKind;
import com.clinic.aftersales.dispute.DisputeKind;
import com.clinic.aftersales.dynamodb.ComplaintItems;
import com.clinic.aftersales.dynamodb.DisputeItems;
import com.clinic.aftersales.dynamodb.FollowUpItems;
import com.clinic.aftersales.dynamodb.PayingCustomerItems;
import com.clinic.aftersales.customer.PayingCustomerKind;
import com.clinic.program.archive.ArchiveKind;
import com.clinic.program.daily.PlanDayKind;
import com.clinic.program.dynamodb.PlanDayItems;
import com.clinic.program.dynamodb.CourseItems;
import com.clinic.program.course.CourseKind;
import com.clinic.program.CatalogueKind;
import com.clinic.program.dynamodb.CatalogueItems;
import com.clinic.program.ProgramKind;
import com.clinic.program.dynamodb.ArchiveItems;
import com.clinic.program.dynamodb.ProgramItems;
import com.clinic.aftersales.dynamodb.LoanItems;
import com.clinic.aftersales.followup.FollowUpKind;
import com.clinic.aftersales.loan.LoanKind;
import com.clinic.journey.Files;
import com.clinic.office.dynamodb.DynamoCustomerData;
import com.clinic.office.dynamodb.PrivacyRequestItems;
import com.clinic.office.privacy.PrivacyRequestKind;
import com.clinic.office.privacy.PrivacyRequests;
import com.clinic.journey.VisitCommands;
import com.clinic.journey.VisitStore;
import com.clinic.journey.dynamodb.DynamoVisitStore;
import com.clinic.journey.dynamodb.VisitItems;
import com.clinic.journey.events.PublishedEvents;
import com.clinic.journey.visit.VisitKind;
import com.clinic.platform.PageRequest;
import com.clinic.platform.calendar.Calendars;
import com.clinic.platform.catalog.CatalogStore;
import com.clinic.platform.command.Commands;
import com.clinic.platform.command.RecordAccess;
import com.clinic.platform.privacy.ConsentKind;
import com.clinic.platform.privacy.Consents;
import com.clinic.platform.dynamodb.ClinicTable;
import com.clinic.platform.dynamodb.ConsentItems;
import com.clinic.platform.dynamodb.DynamoAggregateStore;
import com.clinic.platform.dynamodb.DynamoArmedTimers;
import com.clinic.platform.dynamodb.DynamoCalendarStore;
import com.clinic.platform.dynamodb.DynamoCatalogStore;
import com.clinic.platform.dynamodb.DynamoNotificationInbox;
import com.clinic.platform.dynamodb.DynamoStaffDirectory;
import com.clinic.platform.notification.NotificationInbox;
import com.clinic.platform.port.FileStore;
import com.clinic.platform.port.IdGenerator;
import com.clinic.platform.port.TimerScheduler;
import com.clinic.platform.s3.S3FileStore;
import com.clinic.platform.scheduler.EventBridgeTimerScheduler;
import com.clinic.platform.sqs.SqsNotificationPublisher;
import com.clinic.platform.staff.StaffDirectory;
import com.clinic.platform.timer.Timers;
import com.clinic.printing.PrintJobs;
import com.clinic.printing.PrintQueue;
import com.clinic.printing.PrintService;
import com.clinic.printing.dynamodb.DynamoPrintJobs;
import com.clinic.printing.sqs.SqsPrintQueue;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Secondary;
import io.micronaut.context.env.Environment;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.http.SdkHttpClient;
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
 * actually calls (a read never builds the SQS client its service could publish with). What only one department
 * uses is wired by that department's factory beside its handlers ({@code FrontOfficeBeans}, {@code ProgramBeans},
 * …): its artifact alone carries it, so a function's context starts with the definitions of the shared wiring
 * and of its own department only.
 */
@Factory
public class ClinicBeans {

    @Singleton
    AwsClients awsClients(Environment environment) {
        return AwsClients.of(environment);
    }

    /**
     * The client a Lambda entry point began building at its start, or a new one, held through the stand-in that
     * waits for it at its first call ({@link DeferredDynamoDbClient}). Secondary so the benchmark can register a
     * client that times every call.
     */
    @Singleton
    @Secondary
    DynamoDbClient dynamoDb(Optional<DynamoDbAtStart> atStart, AwsClients aws) {
        return atStart.map(DynamoDbAtStart::client).orElseGet(() -> new DeferredDynamoDbClient(
                CompletableFuture.completedFuture(aws.configure(DynamoDbClient.builder(), "dynamodb").build())));
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
        return new DynamoAggregateStore(dynamo, table, o -> PublishedEvents.write(json, o), Map.ofEntries(
                Map.entry(VisitKind.VISIT.name(), VisitItems.MAPPING),
                Map.entry(LoanKind.LOAN.name(), LoanItems.MAPPING),
                Map.entry(DisputeKind.DISPUTE.name(), DisputeItems.MAPPING),
                Map.entry(ComplaintKind.COMPLAINT.name(), ComplaintItems.MAPPING),
                Map.entry(FollowUpKind.FOLLOW_UP.name(), FollowUpItems.MAPPING),
                Map.entry(PayingCustomerKind.CUSTOMER.name(), PayingCustomerItems.MAPPING),
                Map.entry(PayingCustomerKind.LEVELS.name(), PayingCustomerItems.LEVELS),
                Map.entry(ProgramKind.PROGRAM.name(), ProgramItems.MAPPING),
                Map.entry(ArchiveKind.ARCHIVE.name(), ArchiveItems.MAPPING),
                Map.entry(PlanDayKind.PLAN_DAY.name(), PlanDayItems.MAPPING),
                Map.entry(CourseKind.COURSE.name(), CourseItems.MAPPING),
                Map.entry(PlanTemplates.KIND.name(), CatalogueItems.TEMPLATES),
                Map.entry(Carriers.KIND.name(), CatalogueItems.CARRIERS),
                Map.entry(ConsentKind.CONSENT.name(), ConsentItems.MAPPING),
                Map.entry(PrivacyRequestKind.REQUEST.name(), PrivacyRequestItems.MAPPING)));
    }

    /** A customer's consents, found by her mobile number or her customer id. */
    @Singleton
    Consents consents(DynamoAggregateStore store, ClinicTable table, Clock clock) {
        return new Consents(new Commands<>(ConsentKind.CONSENT, store, clock),
                id -> DynamoVisitStore.phoneOf(table, id), customer -> ProgramItems.list(table)
                        .ofCustomer(customer.id(), new PageRequest(1, null)).items().stream()
                        .map(p -> p.order().phone()).findFirst());
    }

    /** The customer's requests about her data, answered by the super admin. */
    @Singleton
    PrivacyRequests privacyRequests(DynamoAggregateStore store, ClinicTable table, Clock clock, Calendars calendars,
                                    FileStore files, PrintService printing) {
        return new PrivacyRequests(new Commands<>(PrivacyRequestKind.REQUEST, store, clock),
                id -> DynamoVisitStore.phoneOf(table, id), calendars, new DynamoCustomerData(table, files),
                printing, PrivacyRequestItems.list(table), IdGenerator.RANDOM);
    }

    /** Whose business a record of any kind is, by its kind's rule (the views that gather many kinds). */
    @Singleton
    RecordAccess recordAccess(DynamoAggregateStore store) {
        return new RecordAccess(store, List.of(VisitKind.VISIT, LoanKind.LOAN, DisputeKind.DISPUTE,
                ComplaintKind.COMPLAINT, FollowUpKind.FOLLOW_UP, PayingCustomerKind.CUSTOMER, ProgramKind.PROGRAM,
                ConsentKind.CONSENT, PrivacyRequestKind.REQUEST));
    }

    /** The table's query and conditional-put helper, shared by the lists across records. */
    @Singleton
    ClinicTable clinicTable(DynamoDbClient dynamo, @Property(name = "clinic.table") String table) {
        return new ClinicTable(dynamo, table);
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
    SqsNotificationPublisher notificationPublisher(BeanProvider<SqsClient> sqs, JsonMapper json,
                                                   @Property(name = "clinic.notifications-queue") String queue) {
        return new SqsNotificationPublisher(sqs::get, queue, json);
    }

    @Singleton
    PrintQueue printQueue(BeanProvider<SqsClient> sqs, @Property(name = "clinic.print-queue") String queue) {
        return new SqsPrintQueue(sqs::get, queue);
    }

    /** What sends the presigned uploads of the files the system makes (S3FileStore#put). */
    @Singleton
    SdkHttpClient filesHttpClient(AwsClients aws) {
        return aws.httpClient();
    }

    @Singleton
    FileStore fileStore(BeanProvider<S3Client> s3, BeanProvider<S3Presigner> presigner,
                        BeanProvider<SdkHttpClient> http, @Property(name = "clinic.files-bucket") String bucket) {
        return new S3FileStore(s3::get, presigner::get, http::get, bucket);
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
    VisitCommands visitCommands(TimerScheduler scheduler, VisitStore visits, DynamoAggregateStore store, Clock clock) {
        return new VisitCommands(visits, store, clock, scheduler, IdGenerator.RANDOM);
    }

    @Singleton
    Files files(FileStore store) {
        return new Files(store, IdGenerator.RANDOM);
    }

    @Singleton
    PrintService printService(VisitCommands commands, PrintJobs jobs, PrintQueue queue, Files files, Clock clock) {
        return new PrintService(commands, jobs, queue, files, clock);
    }
}
