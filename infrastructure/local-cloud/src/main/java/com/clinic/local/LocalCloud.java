package com.clinic.local;

import com.clinic.aftersales.customer.CustomerLevels;
import com.clinic.program.plan.PlanForms;
import com.clinic.program.delivery.DeliveryForms;
import com.clinic.program.plan.PlanDesk;
import com.clinic.program.delivery.Shipping;
import com.clinic.aftersales.customer.PayingCustomers;
import com.clinic.emulators.AdjustableClock;
import com.clinic.emulators.Emulators;
import com.clinic.emulators.LocalResources;
import com.clinic.emulators.Template;
import com.clinic.platform.Actor;
import com.clinic.platform.Role;
import com.clinic.platform.catalog.CatalogStore;
import com.clinic.platform.port.TimerScheduler;
import com.clinic.platform.scheduler.TimerPayloads;
import com.clinic.platform.staff.StaffDirectory;
import com.clinic.platform.staff.StaffMember;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The whole system on one machine: the emulators with the template's resources, every HTTP function behind a
 * local gateway, the queue workers, the timer scheduler and seeded demo staff with tokens.
 */
public final class LocalCloud implements AutoCloseable {
    public static final String STAGE = "local";

    private final Emulators emulators;
    private final ApplicationContext context;
    private final LocalGateway gateway;
    private final QueueWorkers workers;
    private final StreamWorkers streamWorkers;
    private final ObjectCreatedEvents objectEvents;
    private final LocalTimerScheduler timers;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
    private final AdjustableClock clock = new AdjustableClock();
    private final Map<String, String> tokens = new LinkedHashMap<>();
    private final LocalResources resources;

    /** Ports of 0 are chosen free. */
    public record Options(int port, Path dataDir, int dynamoPort, int sqsPort, int s3Port) {
    }

    public LocalCloud(Options o) throws Exception {
        Template template = Template.loadDefault();
        // with a data folder the clock's offset is kept too, so records made on a moved clock are not in the future
        ClockFile clockFile = new ClockFile(o.dataDir(), clock);
        emulators = o.dynamoPort() == 0 ? Emulators.start(o.dataDir())
                : Emulators.start(o.dataDir(), o.dynamoPort(), o.sqsPort(), o.s3Port());
        resources = new LocalResources(template, emulators, STAGE).create();
        timers = new LocalTimerScheduler(clock, o.dataDir());
        context = ApplicationContext.builder().properties(resources.functionProperties())
                .singletons(clock).singletons(timers).deduceEnvironment(false).start();
        LocalFunctions functions = new LocalFunctions(template, context);
        SqsClient sqs = context.getBean(SqsClient.class);
        String timerDlq = resources.resolve(new Template.Intrinsic("Ref", "TimerDeadLetterQueue"));
        timers.connect(functions::invokeJson,
                t -> sqs.sendMessage(b -> b.queueUrl(timerDlq).messageBody(TimerPayloads.write(t))));
        template.resourcesOfType("AWS::Scheduler::Schedule")
                .forEach(schedule -> timers.daily(LocalTimerScheduler.Daily.of(schedule)));
        workers = new QueueWorkers(functions, resources, sqs);
        streamWorkers = new StreamWorkers(functions, resources, LocalResources.client(
                DynamoDbStreamsClient.builder(), emulators.dynamoEndpoint()).build());
        objectEvents = new ObjectCreatedEvents(functions, resources, context.getBean(S3Client.class));

        int port = o.port() == 0 ? Emulators.freePort() : o.port();
        LocalTokens issuer = new LocalTokens(o.dataDir(), "http://127.0.0.1:" + port + "/local-issuer");
        StaffDirectory staff = context.getBean(StaffDirectory.class);
        CatalogStore catalogue = context.getBean(CatalogStore.class);
        DemoStaff.catalogue().forEach(catalogue::save);
        PayingCustomers payingCustomers = context.getBean(PayingCustomers.class);
        if (payingCustomers.levels().version() == 0) {
            payingCustomers.replaceLevels(new Actor("demo-admin", "王超管", Set.of(Role.SUPER_ADMIN)), null,
                    new CustomerLevels.Form(DemoStaff.customerLevels()), null);
        }
        Shipping shipping = context.getBean(Shipping.class);
        if (shipping.carriers().version() == 0) {
            shipping.replaceCarriers(new Actor("demo-office", "褚行政", Set.of(Role.ADMIN)), null,
                    new DeliveryForms.CarriersForm(DemoStaff.carriers()), null);
        }
        PlanDesk plans = context.getBean(PlanDesk.class);
        if (plans.templates().version() == 0) {
            plans.saveTemplate(new Actor("demo-manager", "沈健康", Set.of(Role.HEALTH_MANAGER)), "low-carb", null,
                    DemoStaff.lowCarbTemplate(), null);
        }
        for (Map.Entry<String, StaffMember> demo : DemoStaff.all().entrySet()) {
            staff.save(demo.getValue());
            tokens.put(demo.getKey(), issuer.issue(demo.getValue(), demo.getKey()));
        }
        // the program shop's server: a client-credentials service token, not a staff account
        tokens.put("shop", issuer.issueService("demo-shop", Role.SHOP_SCOPE));
        Map<String, Function<LocalGateway.Call, String>> local = new LinkedHashMap<>();
        // a demo user by name, or any active staff member by id (one added with PUT /staff/{id} signs in at once)
        local.put("/_local/token/", ex -> {
            String user = java.net.URLDecoder.decode(ex.rawPath().substring("/_local/token/".length()),
                    java.nio.charset.StandardCharsets.UTF_8);
            String token = tokens.get(user);
            if (token == null) {
                token = staff.find(user).filter(StaffMember::active).map(m -> issuer.issue(m, user)).orElse(null);
            }
            return token == null ? null : "{\"user\":\"" + user + "\",\"token\":\"" + token + "\"}";
        });
        local.put("/_local/clock/advance", ex -> {
            String q = ex.query();
            long hours;
            try {
                hours = q != null && q.startsWith("hours=") ? Long.parseLong(q.substring(6)) : 24;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("hours must be a whole number of hours");
            }
            int fired = timers.advance(Duration.ofHours(hours));
            clockFile.keep();
            return "{\"now\":\"" + clock.instant() + "\",\"fired\":" + fired + "}";
        });
        // an absolute instant (also backwards), to try deadlines around a given day such as a holiday's eve
        local.put("/_local/clock/set", ex -> {
            String q = ex.rawQuery();
            if (q == null || !q.startsWith("at=")) {
                return null;
            }
            java.time.Instant was = clock.instant();
            try {
                clock.setTo(java.time.OffsetDateTime.parse(java.net.URLDecoder.decode(q.substring(3),
                        java.nio.charset.StandardCharsets.UTF_8)).toInstant());
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException("at must be an instant with its offset, e.g. "
                        + "2026-09-30T16:00:00+08:00 (the + written %2B)");
            }
            clockFile.keep();
            int fired = timers.fireDue();
            return "{\"now\":\"" + clock.instant() + "\",\"was\":\"" + was + "\",\"fired\":" + fired + "}";
        });
        // the local clock as a front end or a script needs it: the instant, and today in Asia/Shanghai
        local.put("/_local/clock", ex -> "{\"now\":\"" + clock.instant() + "\",\"today\":\""
                + com.clinic.platform.ShanghaiTime.dateOf(clock.instant()) + "\"}");
        local.put("/_local/health", ex -> "{\"status\":\"up\"}");
        gateway = new LocalGateway(port, template.httpRoutes(), functions, issuer, local,
                context.getBean(io.micronaut.json.JsonMapper.class));
        ticker.scheduleWithFixedDelay(timers::fireDue, 1, 1, TimeUnit.SECONDS);
        ticker.scheduleWithFixedDelay(this::deliverObjectEvents, 1, 1, TimeUnit.SECONDS);
    }

    private void deliverObjectEvents() {
        try {
            objectEvents.deliverNew();
        } catch (RuntimeException e) {
            // the next pass tries again
        }
    }

    /** Delivers object-created events now instead of on the next tick (tests). */
    public int deliverObjectEventsNow() {
        return objectEvents.deliverNew();
    }

    public int port() {
        return gateway.port();
    }

    public String token(String user) {
        return tokens.get(user);
    }

    public String s3Endpoint() {
        return emulators.s3Endpoint().toString();
    }

    public String bucket() {
        return resources.resolve(new Template.Intrinsic("Ref", "FilesBucket"));
    }

    public AdjustableClock clock() {
        return clock;
    }

    public TimerScheduler timers() {
        return timers;
    }

    @Override
    public void close() throws Exception {
        ticker.shutdownNow();
        gateway.stop();
        workers.stop();
        streamWorkers.stop();
        context.close();
        emulators.close();
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new LinkedHashMap<>();
        for (String arg : args) {
            String[] kv = arg.replaceFirst("^--", "").split("=", 2);
            a.put(kv[0], kv.length > 1 ? kv[1] : "");
        }
        String data = a.getOrDefault("data", "");
        Options options = new Options(Integer.parseInt(a.getOrDefault("port", "3000")),
                data.isBlank() ? null : Path.of(data).toAbsolutePath(),
                Integer.parseInt(a.getOrDefault("dynamodb-port", "8000")),
                Integer.parseInt(a.getOrDefault("sqs-port", "9324")),
                Integer.parseInt(a.getOrDefault("s3-port", "9000")));
        LocalCloud cloud = new LocalCloud(options);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping the local cloud…");
            try {
                cloud.close();
            } catch (Exception e) {
                e.printStackTrace();
            }
            stopped.countDown();
        }));
        cloud.printBanner(options);
        stopped.await();
    }

    private void printBanner(Options o) {
        String api = "http://127.0.0.1:" + port();
        System.out.println("""

                Clinic back office: local cloud is up
                  HTTP API        %s   (%d routes, %d queue worker(s), %d stream reader(s), %d upload watcher(s),
                                  timer scheduler)
                  DynamoDB Local  %s   table %s
                  SQS (ElasticMQ) %s
                  S3 (s3proxy)    %s   bucket %s
                  data            %s
                  AWS CLI         export AWS_ACCESS_KEY_ID=%s AWS_SECRET_ACCESS_KEY=%s AWS_DEFAULT_REGION=%s
                                  aws dynamodb scan --table-name %s --endpoint-url %s

                Tokens (12 h) for the demo staff: curl -s %s/_local/token/<user>""".formatted(
                api, gateway.routeCount(), workers.count(), streamWorkers.count(), objectEvents.count(),
                emulators.dynamoEndpoint(),
                resources.resolve(new Template.Intrinsic("Ref", "ClinicTable")), emulators.sqsEndpoint(),
                emulators.s3Endpoint(), bucket(),
                o.dataDir() == null ? "in memory (start with -Dlocal.data=.local-data to keep it)" : o.dataDir(),
                Emulators.ACCESS_KEY, Emulators.SECRET_KEY, Emulators.REGION,
                resources.resolve(new Template.Intrinsic("Ref", "ClinicTable")), emulators.dynamoEndpoint(), api));
        DemoStaff.all().forEach((user, m) -> System.out.printf("  %-11s %-6s %s%n", user, m.name(), m.roles()));
        System.out.printf("""

                Try it:
                  TOKEN=$(curl -s %s/_local/token/dispatcher | sed 's/.*"token":"\\([^"]*\\)".*/\\1/')
                  curl -s -H "Authorization: Bearer $TOKEN" %s/dispatch/unassigned
                Move the clock (fires due timers): curl -s -X POST '%s/_local/clock/advance?hours=24'
                Set it to a moment:                curl -s -X POST '%s/_local/clock/set?at=2026-09-30T16:00:00%%2B08:00'
                Ctrl-C stops everything.
                %n""", api, api, api, api);
    }
}
