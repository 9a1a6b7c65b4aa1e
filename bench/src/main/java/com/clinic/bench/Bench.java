package com.clinic.bench;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.clinic.aftersales.dynamodb.LoanItems;
import com.clinic.aftersales.loan.LoanAccount;
import com.clinic.emulators.Emulators;
import com.clinic.emulators.LambdaTaskRoot;
import com.clinic.emulators.LocalResources;
import com.clinic.emulators.Template;
import com.clinic.journey.PaymentCollected;
import com.clinic.journey.dynamodb.BenchLoader;
import com.clinic.journey.visit.Loan;
import com.clinic.journey.visit.PaymentMethod;
import com.clinic.platform.Role;
import com.clinic.platform.StaffRef;
import com.clinic.platform.catalog.CatalogItem;
import com.clinic.platform.catalog.CatalogStore;
import com.clinic.platform.port.TimerScheduler;
import com.clinic.platform.staff.StaffDirectory;
import com.clinic.platform.staff.StaffMember;
import com.clinic.printing.PrintJob;
import com.clinic.printing.PrintJobs;
import com.clinic.printing.PrintKind;
import io.micronaut.context.ApplicationContext;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The project's figures, each next to its baseline measured in the same run, against the embedded DynamoDB Local.
 * Prints; never fails on a time. Run with {@code mvn -Pbench -DskipTests package}.
 */
public final class Bench {
    static final int COLD_RUNS = Integer.getInteger("bench.coldRuns", 7);
    static final String AGAINST = System.getProperty("bench.against", "");
    private static final String AGAINST_PREFIX = "against-";
    static final String RUNTIME = System.getProperty("bench.runtime", "both");
    /** An answer that is not a success: an HTTP 4xx/5xx (as a response object or its JSON), a failed message. */
    private static final Pattern FAILED = Pattern.compile("statusCode(=|\"\\s*:\\s*)[45]|itemIdentifier");
    private static final String PLAIN_PRINT = "plain print handler (2 GetItems, a label, PutObject)";
    private static final String TODAYS_PLAIN = "plain handler (GetItem) of the reference build";
    static final Template TEMPLATE = Template.loadDefault();
    static final int WARM_CALLS = Integer.getInteger("bench.warmCalls", 10_000);
    static final int SCALE_CALLS = 200;
    /** DynamoDB on-demand, US East (N. Virginia), per million request units (public price list, 2025). */
    static final double USD_PER_MILLION_WRU = 0.625;
    static final double USD_PER_MILLION_RRU = 0.125;

    private final Path root = Template.locate().getParent();
    private final Path work = root.resolve("bench/target/bench");
    private final Emulators emulators;
    private final LocalResources resources;
    private final DynamoTiming timing = new DynamoTiming();
    /** A client outside the timing, for the benchmark's own reads. */
    private final DynamoDbClient emulatorClient;
    private final ApplicationContext context;
    private final String table;
    private final Map<String, String> results = new LinkedHashMap<>();
    private final Map<String, RuntimeStart> runtimes = new HashMap<>();
    private final String day = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString();

    private Bench() throws Exception {
        Files.createDirectories(work);
        emulators = Emulators.start(null);
        resources = new LocalResources(TEMPLATE, emulators, "bench").create();
        table = resources.resolve(new Template.Intrinsic("Ref", "ClinicTable"));
        emulatorClient = LocalResources.client(DynamoDbClient.builder(), emulators.dynamoEndpoint()).build();
        DynamoDbClient timed = LocalResources.client(DynamoDbClient.builder(), emulators.dynamoEndpoint())
                .overrideConfiguration(c -> c.addExecutionInterceptor(timing)).build();
        TimerScheduler noTimers = new TimerScheduler() {
            public void schedule(Timer timer) {
                // EventBridge Scheduler is not part of the DynamoDB figures
            }

            public void cancel(String name) {
            }
        };
        context = ApplicationContext.builder().properties(resources.functionProperties())
                .singletons(timed, noTimers).deduceEnvironment(false).start();
        StaffDirectory staff = context.getBean(StaffDirectory.class);
        staff.save(new StaffMember("demo-driver1", "孙师傅", "13900000003", Set.of(Role.DRIVER), true));
        staff.save(new StaffMember("demo-consultant", "冯咨询", "13900000009", Set.of(Role.CONSULTANT), true));
        staff.save(new StaffMember("demo-aftersales", "陈售后", "13900000010", Set.of(Role.AFTER_SALES), true));
        CatalogStore catalogue = context.getBean(CatalogStore.class);
        catalogue.save(new CatalogItem("double-eyelid", "双眼皮", 1_500_000, true, Instant.now()));
        catalogue.save(new CatalogItem("freckle-removal", "祛斑", 318_000, true, Instant.now()));
    }

    private interface Section {
        void run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        Bench b = new Bench();
        try {
            System.out.printf(Locale.ROOT, "Clinic back office benchmarks — %s, %d cores, Java %s%n%n",
                    System.getProperty("os.arch"), Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"));
            Map<String, Section> sections = new LinkedHashMap<>();
            sections.put("cold", b::coldStarts);
            sections.put("warm", b::warmLatency);
            sections.put("cost", b::dynamoCost);
            sections.put("scale", b::scale);
            sections.put("artifact", b::artifact);
            String only = System.getProperty("bench.only", "");
            for (Map.Entry<String, Section> entry : sections.entrySet()) {
                if (!only.isBlank() && !only.contains(entry.getKey())) {
                    continue;
                }
                Section section = entry.getValue();
                long t0 = System.nanoTime();
                section.run();
                System.out.printf(Locale.ROOT, "  (measured in %.0f s)%n%n", (System.nanoTime() - t0) / 1e9);
            }
            if (only.isBlank()) {
                b.goals();
            }
        } finally {
            b.context.close();
            b.emulators.close();
        }
        System.exit(0);
    }

    // ------------------------------------------------------------------ cold start

    /**
     * A function measured from its department's artifact (stacks/<department>.yaml's CodeUri): as Lambda's managed
     * Java runtime starts it, or on the custom runtime with its class-data archive (where SnapStart is None).
     */
    private record Target(String name, String department, String handler, Class<?> eventType,
                          Function<Integer, Object> event, String yardstick, Launch launch) {
        /** Measured against the GetItem handler. */
        Target(String name, String department, String handler, Class<?> eventType, Function<Integer, Object> event) {
            this(name, department, handler, eventType, event, null, Launch.PROBE);
        }

        Target(String name, String department, String handler, Class<?> eventType, Function<Integer, Object> event,
               String yardstick) {
            this(name, department, handler, eventType, event, yardstick, Launch.PROBE);
        }

        /** The same function from the same artifact on the custom runtime, with the events after the first 2n. */
        Target onCustomRuntime() {
            return new Target(name + " [custom runtime]", department, handler, eventType,
                    i -> event.apply(2 * COLD_RUNS + i), yardstick, Launch.CUSTOM);
        }

        /** The same (plain) handler started by the managed Java runtime's client against the Runtime API. */
        Target onManagedRuntime() {
            return new Target(name + " [managed runtime]", department, handler, eventType, event, yardstick,
                    Launch.MANAGED);
        }

        boolean custom() {
            return launch == Launch.CUSTOM;
        }

        /** A plain handler: a yardstick, not a function of the clinic's. */
        boolean plain() {
            return handler.startsWith(Bench.class.getPackageName());
        }
    }

    /**
     * How a cold start is made: the probe (the managed runtime's steps in a plain JVM, as every earlier figure was
     * measured), or a runtime against the stand-in of the Runtime API: the managed Java runtime's client, or the
     * custom runtime's bootstrap.
     */
    private enum Launch { PROBE, MANAGED, CUSTOM }

    private void coldStarts() throws Exception {
        String getVisit = code("COLD-GET");
        List<String> commandCodes = new ArrayList<>();
        for (int i = 0; i < 3 * COLD_RUNS + 1; i++) {
            commandCodes.add(code("COLD-CMD" + i));
        }
        List<String> printJobs = new ArrayList<>();
        for (int i = 0; i < 6 * COLD_RUNS; i++) {
            PrintJob job = PrintJob.queued(UUID.randomUUID().toString(), PrintKind.BARCODE_LABEL, getVisit,
                    new StaffRef("demo-frontdesk", "周前台"), Instant.now());
            context.getBean(PrintJobs.class).create(job);
            printJobs.add(job.id());
        }
        List<Target> all = List.of(
                new Target("plain handler (baseline: GetItem)", "front-office", PlainGetVisitHandler.class.getName(),
                        APIGatewayV2HTTPEvent.class, i -> http("GetVisitFunction", getVisit, null, null)),
                new Target("GetVisitFunction (front office, read)", "front-office",
                        "com.clinic.frontoffice.functions.dispatch.GetVisitFunction",
                        APIGatewayV2HTTPEvent.class, i -> http("GetVisitFunction", getVisit, null, null)),
                new Target("ListUnassignedAppointmentsFunction (list)", "front-office",
                        "com.clinic.frontoffice.functions.dispatch.ListUnassignedAppointmentsFunction", APIGatewayV2HTTPEvent.class,
                        i -> http("ListUnassignedAppointmentsFunction", null, null, null)),
                new Target("AssignDriverFunction (command)", "front-office",
                        "com.clinic.frontoffice.functions.dispatch.AssignDriverFunction", APIGatewayV2HTTPEvent.class,
                        i -> withoutKey(http("AssignDriverFunction", commandCodes.get(i), "1", null))),
                new Target("ListTriageQueueFunction (clinical, list)", "clinical",
                        "com.clinic.clinical.functions.triage.ListTriageQueueFunction", APIGatewayV2HTTPEvent.class,
                        i -> http("ListTriageQueueFunction", null, null, null)),
                new Target("ListCashierQueueFunction (cashier, list)", "cashier",
                        "com.clinic.cashier.functions.ListCashierQueueFunction", APIGatewayV2HTTPEvent.class,
                        i -> http("ListCashierQueueFunction", null, null, null)),
                new Target("ListFollowUpTasksFunction (after-sales, list)", "aftersales",
                        "com.clinic.aftersales.functions.ListFollowUpTasksFunction", APIGatewayV2HTTPEvent.class,
                        i -> http("ListFollowUpTasksFunction", null, null, null)),
                new Target("ListProgramsFunction (program, list)", "program",
                        "com.clinic.program.functions.orders.ListProgramsFunction", APIGatewayV2HTTPEvent.class,
                        i -> http("ListProgramsFunction", null, null, null)),
                new Target("ListDailyWorkFunction (program course, list)", "program-course",
                        "com.clinic.program.functions.daily.ListDailyWorkFunction", APIGatewayV2HTTPEvent.class,
                        i -> http("ListDailyWorkFunction", null, null, null)),
                new Target("DeliverNotificationsFunction (office, worker)", "office",
                        "com.clinic.office.functions.notifications.DeliverNotificationsFunction", SQSEvent.class,
                        i -> EventLoader.loadSQSEvent(root.resolve("events/DeliverNotificationsFunction.json")
                                .toString())),
                new Target(PLAIN_PRINT, "print-worker", PlainPrintHandler.class.getName(), SQSEvent.class,
                        i -> printEvent(printJobs.get(3 * COLD_RUNS + i))),
                new Target("RenderPrintJobFunction (print worker, a PDF)", "print-worker",
                        "com.clinic.printing.functions.RenderPrintJobFunction", SQSEvent.class,
                        i -> printEvent(printJobs.get(i)), PLAIN_PRINT));
        // -Dbench.targets=Render,Assign measures the baseline and the functions whose names hold one of the words
        String only = System.getProperty("bench.targets", "");
        List<Target> named = only.isBlank() ? all : all.stream().filter(t -> t == all.get(0)
                || Arrays.stream(only.split(",")).anyMatch(w -> t.name().contains(w.strip()))).toList();
        List<Target> chosen = all.stream().filter(t -> named.contains(t)
                || named.stream().anyMatch(n -> t.name().equals(n.yardstick()))).toList();
        // -Dbench.against=<a copy of functions/target/lambda>: each function also from those artifacts, in turn
        // with today's, so a change's effect is measured under the same spells of the machine
        // and every function is then paired with the reference build's GetItem handler: the goal is a fraction
        // of the plain handler as it started before the change.
        // -Dbench.runtime=managed|custom|both: today's functions as the managed Java runtime starts them, on the
        // custom runtime (their zips' bootstrap and class-data archive), or both
        List<Target> targets = new ArrayList<>(chosen.stream().filter(Target::plain).toList());
        Target managedPlain = null;
        if (!AGAINST.isBlank()) {
            Target plain = all.get(0);
            targets.add(0, new Target(TODAYS_PLAIN, AGAINST_PREFIX + plain.department(), plain.handler(),
                    plain.eventType(), plain.event()));
            if (!RUNTIME.equals("managed")) {
                // the custom runtime's yardstick: the same plain handler through the same Runtime API
                managedPlain = targets.get(0).onManagedRuntime();
                targets.add(1, managedPlain);
            }
        }
        for (Target t : chosen.stream().filter(t -> !t.plain()).toList()) {
            if (!AGAINST.isBlank()) {
                targets.add(new Target(t.name() + " [against]", AGAINST_PREFIX + t.department(), t.handler(),
                        t.eventType(), i -> t.event().apply(COLD_RUNS + i), t.yardstick()));
            }
            if (!RUNTIME.equals("custom")) {
                targets.add(t);
            }
            if (!RUNTIME.equals("managed") && RuntimeStart.customOffered(artifact(t.department()))) {
                targets.add(t.onCustomRuntime());
            }
        }
        Map<String, String> classpaths = new HashMap<>();
        for (Target t : targets) {
            if (t.launch() == Launch.PROBE) {
                classpaths.computeIfAbsent(t.department(), this::classpath);
            } else {
                runtimes.computeIfAbsent(t.department() + "/" + t.launch(), k -> runtime(t.department(), t.launch()));
            }
        }
        System.out.printf("Cold start: a fresh JVM from process start to the first answer, %d runs; each run of a"
                + " function follows a run of its plain handler, and its figure is the median of those pairs' ratios,"
                + " so a slower spell of the machine falls on both sides of a ratio%n", COLD_RUNS);
        Map<String, Target> byName = new HashMap<>();
        targets.forEach(t -> byName.put(t.name(), t));
        Map<Target, List<Double>> ms = new LinkedHashMap<>();
        Map<Target, List<Double>> ratios = new HashMap<>();
        Map<Target, String[]> last = new HashMap<>();
        for (int i = 0; i < COLD_RUNS; i++) {
            for (Target t : targets) {
                if (t.plain()) {
                    continue;
                }
                Target yardstick = t.custom() && managedPlain != null ? managedPlain
                        : byName.get(!AGAINST.isBlank() || t.yardstick() == null ? targets.get(0).name()
                        : t.yardstick());
                double plain = coldRun(yardstick, ms, last, classpaths);
                ratios.computeIfAbsent(t, k -> new ArrayList<>()).add(coldRun(t, ms, last, classpaths) / plain);
            }
        }
        double getItem = median(ms.get(targets.get(0)));
        String classesLine = "";
        for (Target t : targets) {
            if (!ms.containsKey(t)) {
                continue; // a plain handler no function was paired with in this run
            }
            double median = median(ms.get(t));
            double ratio = t.plain() ? median / getItem : median(ratios.get(t));
            String[] out = last.get(t);
            String against = t.custom() && managedPlain != null ? "the reference plain handler [managed runtime]"
                    : !AGAINST.isBlank() ? "the reference build's plain handler"
                    : t.yardstick() == null ? "baseline"
                    : String.format(Locale.ROOT, "its plain handler, %.2f× baseline", median / getItem);
            System.out.printf(Locale.ROOT, "  %-66s %7.0f ms  %5.2f× %s  (%slast run: %s)%n",
                    t.name(), median, ratio, against, t.launch() == Launch.PROBE ? out[1] + " classes; "
                            : t.custom() && managedPlain != null ? String.format(Locale.ROOT,
                            "%.2f× the reference plain handler by the probe; ", median / getItem) : "", out[2]);
            if (!t.plain()) {
                results.put("cold:" + t.name(), String.format(Locale.ROOT, "%.2f", ratio));
            }
            if (t.name().startsWith("GetVisitFunction") && !t.custom() && !t.department().startsWith(AGAINST_PREFIX)) {
                classesLine = out[1];
            }
        }
        results.put("classes", classesLine);
        System.out.println();
    }

    /** One cold start of the target, its n-th, with the n-th of its events; returns its milliseconds. */
    @SuppressWarnings("unchecked")
    private double coldRun(Target t, Map<Target, List<Double>> ms, Map<Target, String[]> last,
                           Map<String, String> classpaths) throws Exception {
        List<Double> runs = ms.computeIfAbsent(t, k -> new ArrayList<>());
        Path event = work.resolve("event-" + t.name().hashCode() + "-" + runs.size() + ".json");
        try (var out = Files.newOutputStream(event)) {
            LambdaEventSerializers.serializerFor((Class<Object>) t.eventType(), Bench.class.getClassLoader())
                    .toJson(t.event().apply(runs.size()), out);
        }
        String[] out = t.launch() == Launch.PROBE ? runProbe(classpaths.get(t.department()), t, event)
                : runtimes.get(t.department() + "/" + t.launch()).start(t.handler(), Files.readString(event),
                runtimeEnvironment());
        if (FAILED.matcher(out[out.length - 1]).find()) {
            throw new IllegalStateException(t.name() + " answered " + out[out.length - 1]);
        }
        runs.add(Double.parseDouble(out[0]));
        last.put(t, out);
        return runs.get(runs.size() - 1);
    }

    private SQSEvent printEvent(String job) {
        SQSEvent e = EventLoader.loadSQSEvent(root.resolve("events/RenderPrintJobFunction.json").toString());
        e.getRecords().get(0).setBody(job);
        return e;
    }

    /** The cold start's probe: the handler's class and serializer, then the event; prints its classes and phases. */
    private String[] runProbe(String cp, Target t, Path event) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("java", "-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1"));
        String extra = System.getProperty("bench.jvmArgs", "");
        if (!extra.isBlank()) {
            command.addAll(Arrays.asList(extra.split(" ")));
        }
        command.addAll(List.of("-cp", cp, ColdStartProbe.class.getName(), t.handler(), t.eventType().getName(),
                event.toString()));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().putAll(functionEnvironment());
        pb.redirectErrorStream(true);
        long start = System.nanoTime();
        Process p = pb.start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            StringBuilder seen = new StringBuilder();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("ANSWER ")) {
                    double ms = (System.nanoTime() - start) / 1e6;
                    p.destroy();
                    String[] parts = line.split(" ", 4);
                    return new String[] {Double.toString(ms), parts[1], parts[2], parts[3]};
                }
                seen.append(line).append('\n');
            }
            throw new IllegalStateException(t.name() + " gave no answer:\n" + seen);
        }
    }

    /** The function's environment as template.yaml sets it, with the emulators' endpoints. */
    private Map<String, String> functionEnvironment() {
        Map<String, String> env = new HashMap<>();
        resources.functionProperties().forEach((k, v) -> env.put(k.toUpperCase().replace('.', '_').replace('-', '_'),
                String.valueOf(v)));
        env.put("AWS_REGION", Emulators.REGION);
        env.put("AWS_LAMBDA_LOG_FORMAT", "JSON");
        env.put("AWS_LAMBDA_LOG_LEVEL", "INFO");
        return env;
    }

    /** The function's environment, with -Dbench.jvmArgs for the JVM its runtime starts. */
    private Map<String, String> runtimeEnvironment() {
        Map<String, String> env = functionEnvironment();
        String extra = System.getProperty("bench.jvmArgs", "");
        if (!extra.isBlank()) {
            env.merge("JAVA_TOOL_OPTIONS", extra, (a, b) -> a + " " + b);
        }
        return env;
    }

    /** The department's artifact unpacked as Lambda does (classes at the root, jars in lib/), and the probe. */
    private String classpath(String department) {
        Path out = work.resolve("lambda-" + department);
        try {
            LambdaTaskRoot.unpack(artifact(department), out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String jars = System.getProperty("bench.lib", "");
        return String.join(java.io.File.pathSeparator, List.of(out.toString(), jars.isBlank() ? out + "/lib/*" : jars,
                System.getProperty("bench.classes"), System.getProperty("bench.serialization")));
    }

    private RuntimeStart runtime(String department, Launch launch) {
        try {
            Path task = work.resolve("task-" + department + "-" + launch.name().toLowerCase(Locale.ROOT));
            return launch == Launch.CUSTOM ? RuntimeStart.custom(artifact(department), task,
                    root.resolve("functions/target/runtime-layer/java"))
                    : RuntimeStart.managed(artifact(department), task, System.getProperty("bench.classes"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Path artifact(String department) {
        if (department.startsWith(AGAINST_PREFIX)) {
            return Path.of(AGAINST, department.substring(AGAINST_PREFIX.length()) + ".zip");
        }
        return root.resolve("functions/target/lambda/" + department + ".zip");
    }

    // ------------------------------------------------------------------ warm latency

    /** One function of each department stack, with the request it answers again and again. */
    private List<Map.Entry<String, APIGatewayV2HTTPEvent>> warmTargets() {
        String code = code("WARM");
        return List.of(
                Map.entry("com.clinic.frontoffice.functions.dispatch.GetVisitFunction",
                        http("GetVisitFunction", code, null, null)),
                listing("com.clinic.clinical.functions.triage.ListTriageQueueFunction"),
                listing("com.clinic.cashier.functions.ListCashierQueueFunction"),
                listing("com.clinic.aftersales.functions.ListFollowUpTasksFunction"),
                listing("com.clinic.office.functions.notifications.ListMyNotificationsFunction"),
                listing("com.clinic.program.functions.orders.ListProgramsFunction"),
                listing("com.clinic.program.functions.daily.ListDailyWorkFunction"));
    }

    /** A list function with the request of its sample event. */
    private Map.Entry<String, APIGatewayV2HTTPEvent> listing(String handler) {
        return Map.entry(handler, http(handler.substring(handler.lastIndexOf('.') + 1), null, null, null));
    }

    private void warmLatency() throws Exception {
        System.out.printf("Warm latency: one function of each department stack, %,d invocations each after 200"
                + " warm-up calls (the print worker's work is a PDF, not a request: its figures are the cold start's)%n",
                WARM_CALLS);
        System.out.printf("  %-40s %-22s %-22s %-22s %s%n", "", "total p50 / p99", "DynamoDB p50 / p99",
                "outside p50 / p99", "last 1,000 / first 1,000 (p50)");
        double worst = 0;
        double flattest = 0;
        for (Map.Entry<String, APIGatewayV2HTTPEvent> target : warmTargets()) {
            RequestHandler<Object, Object> handler = handler(target.getKey());
            APIGatewayV2HTTPEvent event = target.getValue();
            long[] total = new long[WARM_CALLS];
            long[] dynamo = new long[WARM_CALLS];
            for (int i = 0; i < 200; i++) {
                handler.handleRequest(event, null);
            }
            for (int i = 0; i < WARM_CALLS; i++) {
                timing.reset();
                long start = System.nanoTime();
                APIGatewayV2HTTPResponse r = (APIGatewayV2HTTPResponse) handler.handleRequest(event, null);
                total[i] = System.nanoTime() - start;
                dynamo[i] = timing.nanos.get();
                if (r.getStatusCode() != 200) {
                    throw new IllegalStateException(target.getKey() + " answered " + r.getStatusCode() + " "
                            + r.getBody());
                }
            }
            long[] overhead = new long[WARM_CALLS];
            for (int i = 0; i < WARM_CALLS; i++) {
                overhead[i] = total[i] - dynamo[i];
            }
            long[] first = Arrays.copyOfRange(overhead, 0, 1000);
            long[] last = Arrays.copyOfRange(overhead, WARM_CALLS - 1000, WARM_CALLS);
            String name = target.getKey().substring(target.getKey().lastIndexOf('.') + 1);
            System.out.printf(Locale.ROOT, "  %-40s %6.2f / %6.2f ms      %6.2f / %6.2f ms      %6.2f / %6.2f ms"
                    + "      %.2f×%n", name, pct(total, 50), pct(total, 99), pct(dynamo, 50), pct(dynamo, 99),
                    pct(overhead, 50), pct(overhead, 99), pct(last, 50) / pct(first, 50));
            worst = Math.max(worst, pct(overhead, 99));
            flattest = Math.max(flattest, pct(last, 50) / pct(first, 50));
        }
        System.out.println();
        results.put("warm:p99", String.format(Locale.ROOT, "%.2f", worst));
        results.put("warm:flat", String.format(Locale.ROOT, "%.2f", flattest));
    }

    // ------------------------------------------------------------------ DynamoDB cost

    /** One customer's clinic journey through the handlers, counting round trips and capacity per command. */
    private void dynamoCost() throws Exception {
        System.out.println("DynamoDB cost of one clinic journey (round trips and consumed capacity per command)");
        String[] versioned = {"1"};
        String bookBody = "{\"customer\":{\"name\":\"张丽\",\"phone\":\"13912340000\"},\"arrival\":{\"arrivalAt\":\""
                + day + "T14:30:00+08:00\",\"mode\":\"TRAIN\",\"transportNo\":\"G1\",\"station\":\"东站\"}}";
        List<String[]> steps = List.of(
                new String[] {"BookAppointmentFunction", "POST /visits", "sales", bookBody, "book-key"},
                new String[] {"AssignDriverFunction", "POST /visits/{code}/driver", "dispatcher",
                        "{\"driverId\":\"demo-driver1\"}", null},
                new String[] {"ConfirmPickUpFunction", "POST /visits/{code}/pick-up", "demo-driver1", null, null},
                new String[] {"ConfirmArrivalFunction", "POST /visits/{code}/arrival", "frontdesk", null, null},
                new String[] {"AssignConsultantFunction", "POST /visits/{code}/consultant", "admin",
                        "{\"consultantId\":\"demo-consultant\"}", null},
                new String[] {"StartConsultationFunction", "POST /visits/{code}/consultation", "demo-consultant", null,
                        null},
                new String[] {"SubmitOrderFunction", "POST /visits/{code}/order", "demo-consultant",
                        "{\"items\":[{\"catalogItemId\":\"double-eyelid\",\"discountedPrice\":1280000},"
                                + "{\"catalogItemId\":\"freckle-removal\"}]}", null},
                new String[] {"ReviewPricesFunction", "POST /visits/{code}/price-review", "admin", "{}", null},
                new String[] {"CollectPaymentFunction", "POST /visits/{code}/payments", "frontdesk",
                        "{\"lines\":[{\"method\":\"CASH\",\"amount\":1598000}]}", "pay-key"},
                new String[] {"RecordAdmissionFunction", "POST /visits/{code}/admission", "demo-aftersales",
                        "{\"operationDate\":\"" + day + "\"}", null});
        String code = null;
        int maxTrips = 0;
        double read = 0;
        double write = 0;
        int trips = 0;
        int ruleKeysOnly = 0;
        int ruleWhole = 0;
        for (String[] s : steps) {
            APIGatewayV2HTTPEvent e = http(s[0], code, code == null ? null : versioned[0], s[3]);
            // every command carries a key, as the API asks front ends to send one
            e.getHeaders().put("idempotency-key", (s[4] != null ? s[4] : s[0]) + "-" + System.nanoTime());
            Map<String, AttributeValue> before = code == null ? null : visitItem(code);
            timing.reset();
            APIGatewayV2HTTPResponse r = (APIGatewayV2HTTPResponse) handler(handlerClass(s[0])).handleRequest(e, null);
            if (r.getStatusCode() / 100 != 2) {
                throw new IllegalStateException(s[0] + " answered " + r.getStatusCode() + " " + r.getBody());
            }
            if (code == null) {
                code = field(r.getBody(), "code");
            }
            versioned[0] = r.getHeaders().get("ETag").replace("\"", "");
            double rr = timing.readMilliUnits.get() / 1000.0;
            double wr = timing.writeMilliUnits.get() / 1000.0;
            int[] rules = WriteUnitsByTheRules.of(timing.written, before);
            System.out.printf(Locale.ROOT, "  %-28s %d round trips  %5.1f RRU  %5.1f WRU (indexes %4.1f)"
                    + "  by the rules: %3d keys-only, %3d whole-item%n", s[0], timing.calls.get(), rr, wr,
                    timing.indexWriteMilliUnits.get() / 1000.0, rules[0] + rules[1], rules[0] + rules[2]);
            ruleKeysOnly += rules[0] + rules[1];
            ruleWhole += rules[0] + rules[2];
            maxTrips = Math.max(maxTrips, timing.calls.get());
            trips += timing.calls.get();
            read += rr;
            write += wr;
        }
        double usd = (read * USD_PER_MILLION_RRU + write * USD_PER_MILLION_WRU) / 1_000_000 * 1000;
        System.out.printf(Locale.ROOT, "  whole journey: %d round trips, %.1f RRU, %.1f WRU → $%.4f per 1,000 journeys%n",
                trips, read, write, usd);
        System.out.printf(Locale.ROOT, "  by DynamoDB's documented rules: %d WRU with keys-only indexes, %d WRU with the"
                + " whole item projected (%.2f×)%n", ruleKeysOnly, ruleWhole, ruleKeysOnly / (double) ruleWhole);
        System.out.printf(Locale.ROOT, "  (on-demand, us-east-1: $%.3f per million WRU, $%.3f per million RRU; as"
                + " reported by DynamoDB Local)%n%n", USD_PER_MILLION_WRU, USD_PER_MILLION_RRU);
        results.put("trips", Integer.toString(maxTrips));
        var visit = visitItem(code);
        System.out.printf(Locale.ROOT, "  the visit's item after admission: %,d bytes (DynamoDB's item size; a"
                + " transactional write costs 2 WRU per started KB, and each index holding it 1 more per KB)%n%n",
                ItemSize.of(visit));
    }

    /** The visit's item as stored (read outside the timing). */
    private Map<String, AttributeValue> visitItem(String code) {
        return emulatorClient.getItem(b -> b.tableName(table).key(Map.of("pk", AttributeValue.fromS("VISIT#" + code),
                "sk", AttributeValue.fromS("VISIT")))).item();
    }

    /** A function's handler class, as its stack's template names it. */
    private static String handlerClass(String function) {
        return (String) TEMPLATE.resources().get(function).properties().get("Handler");
    }

    // ------------------------------------------------------------------ scale

    private void scale() throws Exception {
        BenchLoader loader = new BenchLoader(context.getBean(DynamoDbClient.class), table);
        Instant start = Instant.parse(day + "T00:00:00Z");
        scale("scale", "the dispatcher's 待分配 list (first page of 20) with the queue holding N customers",
                "ListUnassignedAppointmentsFunction", "com.clinic.frontoffice.functions.dispatch.ListUnassignedAppointmentsFunction",
                (count, from) -> loader.loadBooked(count, from, start));
        scale("scale:loans", "after-sales' 贷款客户 list (first page of 20) with N loans on the books",
                "ListLoansFunction", "com.clinic.aftersales.functions.loans.ListLoansFunction",
                (count, from) -> loader.put(IntStream.range(from, from + count).mapToObj(i -> LoanItems.MAPPING
                        .toItem(benchLoan(i, start)))));
    }

    /** A 12-period loan of ¥13,000 taken {@code i} seconds after {@code start}. */
    private static LoanAccount benchLoan(int i, Instant start) {
        String id = String.format("LBENCH-%07d", i);
        Instant at = start.plusSeconds(i);
        Loan loan = Loan.of(1_300_000, 12, LocalDate.of(2027, 1, 15));
        PaymentCollected paid = new PaymentCollected(id, "VBENCH-" + i, "C-" + i, "客户" + i, "13900000000",
                null, List.of(new PaymentCollected.Line(id, PaymentMethod.LOAN, 1_300_000, 12,
                        loan.firstRepaymentDate(), loan.schedule())), 1_300_000, new StaffRef("bench", "基准"), at);
        return LoanAccount.open(paid, paid.lines().get(0)).after();
    }

    private void scale(String key, String what, String function, String handlerClass,
                       java.util.function.BiConsumer<Integer, Integer> load) throws Exception {
        System.out.println("Scale: " + what);
        RequestHandler<Object, Object> handler = handler(handlerClass);
        APIGatewayV2HTTPEvent event = http(function, null, null, null);
        event.setQueryStringParameters(null);    // the whole list, not a sample's filter
        event.setRawQueryString("");
        double small = 0;
        int loaded = 0;
        for (int target : new int[] {1_000, 100_000}) {
            long t0 = System.nanoTime();
            load.accept(target - loaded, loaded);
            double loadSeconds = (System.nanoTime() - t0) / 1e9;
            loaded = target;
            long[] ms = new long[SCALE_CALLS];
            for (int i = 0; i < 50; i++) {
                handler.handleRequest(event, null);
            }
            for (int i = 0; i < SCALE_CALLS; i++) {
                long s = System.nanoTime();
                handler.handleRequest(event, null);
                ms[i] = System.nanoTime() - s;
            }
            double p50 = pct(ms, 50);
            if (small == 0) {
                small = p50;
            }
            System.out.printf(Locale.ROOT, "  %,7d records: p50 %.2f ms  p99 %.2f ms  (loaded in %.0f s)%n", target,
                    p50, pct(ms, 99), loadSeconds);
            results.put(key, String.format(Locale.ROOT, "%.2f", p50 / small));
        }
        System.out.printf("  ratio 100k / 1k: %s%n%n", results.get(key));
    }

    // ------------------------------------------------------------------ artifact and goals

    private void artifact() throws IOException {
        System.out.println("Artifacts (functions/target/lambda/, one per department stack):");
        long largest = 0;
        try (var zips = Files.list(root.resolve("functions/target/lambda"))) {
            for (Path zip : zips.sorted().toList()) {
                long bytes = Files.size(zip);
                largest = Math.max(largest, zip.endsWith("print-worker.zip") ? 0 : bytes);
                System.out.printf(Locale.ROOT, "  %-18s %5.1f MB (%,d bytes)%n", zip.getFileName(), bytes / 1e6, bytes);
            }
        }
        System.out.printf(Locale.ROOT, "  %s classes loaded at a GetVisitFunction cold start%n%n",
                results.get("classes"));
        results.put("artifact", String.format(Locale.ROOT, "%.1f", largest / 1e6));
    }

    private void goals() {
        System.out.println("Goals");
        double worstCold = worst("cold:", k -> !k.contains("["));
        goal("cold start ≤ 1.2× the plain handler of its work (worst function)", worstCold, 1.2, "×");
        if (!AGAINST.isBlank() && !RUNTIME.equals("managed")) {
            goal("custom runtime cold start ≤ 0.5× the reference plain handler (worst)", worst("cold:",
                    k -> k.endsWith("[custom runtime]")), 0.5, "×");
        }
        goal("warm p99 outside DynamoDB ≤ 5 ms (worst department)", Double.parseDouble(results.get("warm:p99")), 5,
                " ms");
        goal("DynamoDB round trips per command ≤ 2 (worst command)", Double.parseDouble(results.get("trips")), 2, "");
        goal("list 100k / 1k ≤ 1.3", Double.parseDouble(results.get("scale")), 1.3, "×");
        goal("loan list 100k / 1k ≤ 1.3", Double.parseDouble(results.get("scale:loans")), 1.3, "×");
        goal("department artifact ≤ 20 MB (largest but the print worker's)", Double.parseDouble(results.get("artifact")),
                20, " MB");
    }

    private double worst(String prefix, java.util.function.Predicate<String> which) {
        return results.entrySet().stream().filter(e -> e.getKey().startsWith(prefix) && which.test(e.getKey()))
                .mapToDouble(e -> Double.parseDouble(e.getValue())).max().orElse(0);
    }

    private static void goal(String what, double value, double limit, String unit) {
        System.out.printf(Locale.ROOT, "  %s %-56s %.2f%s%n", value <= limit ? "met    " : "NOT met", what, value, unit);
    }

    // ------------------------------------------------------------------ helpers

    @SuppressWarnings("unchecked")
    private RequestHandler<Object, Object> handler(String className) throws ReflectiveOperationException {
        return (RequestHandler<Object, Object>) Class.forName(className).getConstructor(ApplicationContext.class)
                .newInstance(context);
    }

    /** A booked visit for the runs to read or change. */
    private String code(String name) {
        APIGatewayV2HTTPEvent e = http("BookAppointmentFunction", null, null,
                "{\"customer\":{\"name\":\"基准\",\"phone\":\"1390000" + String.format("%04d",
                        Math.abs(name.hashCode()) % 10_000) + "\"},\"arrival\":{\"arrivalAt\":\"" + day
                        + "T09:00:00+08:00\",\"mode\":\"OTHER\",\"station\":\"医院\"}}");
        e.getHeaders().remove("idempotency-key");
        try {
            APIGatewayV2HTTPResponse r = (APIGatewayV2HTTPResponse) handler(
                    "com.clinic.frontoffice.functions.booking.BookAppointmentFunction").handleRequest(e, null);
            return field(r.getBody(), "code");
        } catch (ReflectiveOperationException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static APIGatewayV2HTTPEvent withoutKey(APIGatewayV2HTTPEvent e) {
        e.getHeaders().remove("idempotency-key");
        return e;
    }

    /** A function's sample event (its user, role and route) aimed at a visit, a version and a body. */
    private APIGatewayV2HTTPEvent http(String function, String code, String version, String body) {
        APIGatewayV2HTTPEvent e = EventLoader.loadApiGatewayHttpEvent(root.resolve("events/" + function + ".json")
                .toString());
        if (code != null) {
            e.setPathParameters(Map.of("code", code));
            e.setRawPath(e.getRawPath().replaceAll("V261123-[A-Z0-9]{6}", code));
        }
        e.getHeaders().remove("if-match");
        if (version != null) {
            e.getHeaders().put("if-match", "\"" + version + "\"");
        }
        if (body != null) {
            e.setBody(body);
        }
        return e;
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static double pct(long[] nanos, int percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
