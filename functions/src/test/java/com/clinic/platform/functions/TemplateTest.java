package com.clinic.platform.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.clinic.emulators.Template.HttpRoute;
import com.clinic.emulators.Template.Intrinsic;
import com.clinic.emulators.Template.Resource;
import com.clinic.emulators.Template;
import com.clinic.platform.Role;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ClinicFunction;
import com.clinic.platform.config.TimerTargets;
import com.clinic.platform.timer.TimerKind;
import io.micronaut.core.reflect.GenericTypeUtils;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** template.yaml and its department stacks checked by the project itself, beyond what cfn-lint knows. */
class TemplateTest {
    static final Template T = Template.loadDefault();
    static final Set<String> PSEUDO = Set.of("AWS::Region", "AWS::AccountId", "AWS::StackName", "AWS::Partition",
            "AWS::URLSuffix", "AWS::NoValue");

    static List<Resource> functions() {
        return T.resourcesOfType("AWS::Serverless::Function");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> events(Resource fn) {
        return (Map<String, Map<String, Object>>) fn.properties().getOrDefault("Events", Map.of());
    }

    /**
     * Retention as data (docs/retention.md): the files bucket's printed PDFs expire with their print job, unfinished
     * uploads after a day, and replaced or deleted versions after 30 days.
     */
    @Test
    @SuppressWarnings("unchecked")
    void theFilesBucketForgetsWhatItNeedNotKeep() {
        Map<String, Object> lifecycle = (Map<String, Object>) T.resources().get("FilesBucket").properties()
                .get("LifecycleConfiguration");
        Map<String, Map<String, Object>> rules = new java.util.HashMap<>();
        ((List<Map<String, Object>>) lifecycle.get("Rules")).forEach(r -> rules.put((String) r.get("Id"), r));
        Map<String, Object> prints = rules.get("PrintsGoWithTheirJob");
        assertEquals("prints/", prints.get("Prefix"));
        assertEquals((int) com.clinic.printing.dynamodb.DynamoPrintJobs.KEEP.toDays(), prints.get("ExpirationInDays"));
        assertEquals(com.clinic.office.privacy.PrivacyRequests.COPIES, rules.get("PrivacyCopiesGo").get("Prefix"));
        assertEquals(30, rules.get("PrivacyCopiesGo").get("ExpirationInDays"));
        assertEquals(Map.of("DaysAfterInitiation", 1),
                rules.get("UnfinishedUploads").get("AbortIncompleteMultipartUpload"));
        assertEquals("", rules.get("UnfinishedUploads").get("Prefix"));
        assertEquals(Map.of("NoncurrentDays", 30), rules.get("OldVersions").get("NoncurrentVersionExpiration"));
        rules.values().forEach(r -> assertEquals("Enabled", r.get("Status"), r.get("Id") + " is on"));
    }

    /** The stream's filter passes every kind of visit fact after-sales reacts to, and no other. */
    @Test
    @SuppressWarnings("unchecked")
    void theVisitFactsFilterNamesEveryKindOfFact() {
        Map<String, Object> source = events(T.resources().get("RecordVisitFactsFunction")).get("VisitFacts");
        Map<String, Object> props = (Map<String, Object>) source.get("Properties");
        String pattern = (String) ((Map<String, Object>) ((List<Object>) ((Map<String, Object>) props
                .get("FilterCriteria")).get("Filters")).get(0)).get("Pattern");
        Set<String> named = new HashSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"eventType\": \\{\"S\": \\[([^]]*)]")
                .matcher(pattern);
        assertTrue(m.find(), pattern);
        for (String type : m.group(1).split(",")) {
            named.add(type.strip().replace("\"", ""));
        }
        assertEquals(com.clinic.journey.events.PublishedEvents.VISIT_FACTS.keySet(), named);
    }

    @Test
    void everyHandlerExistsWithTheInputItsEventDelivers() throws Exception {
        for (Resource fn : functions()) {
            String handler = (String) fn.properties().get("Handler");
            // the class alone: Lambda then reads the event's type from RequestHandler's type arguments; with
            // ::handleRequest it would take the erased method's Object and hand the handler a map
            assertFalse(handler.contains("::"), fn.id() + " names its handler class only");
            Class<?> type = Class.forName(handler);
            assertTrue(RequestHandler.class.isAssignableFrom(type), fn.id() + " is not a RequestHandler");
            type.getConstructor();
            Class<?> input = GenericTypeUtils.resolveSuperTypeGenericArguments(type, ClinicFunction.class)[0];
            if (T.route(fn.id()).isPresent()) {
                assertTrue(ApiFunction.class.isAssignableFrom(type), fn.id());
                assertEquals(APIGatewayV2HTTPEvent.class, input, fn.id());
                assertFalse(ApiFunction.allowedRoles(type).isEmpty(), fn.id());
            } else if (events(fn).isEmpty()) {
                assertTimerTarget(fn);
                assertEquals(Map.class, input, fn.id() + " receives the timer's JSON payload");
            }
            for (Map<String, Object> event : events(fn).values()) {
                switch ((String) event.get("Type")) {
                    case "SQS" -> {
                        assertEquals(SQSEvent.class, input, fn.id());
                        assertEquals(List.of("ReportBatchItemFailures"), props(event).get("FunctionResponseTypes"));
                    }
                    case "DynamoDB" -> {
                        assertEquals(DynamodbEvent.class, input, fn.id());
                        assertEquals(new Intrinsic("GetAtt", List.of("ClinicTable", "StreamArn")),
                                props(event).get("Stream"));
                        assertEquals(List.of("ReportBatchItemFailures"), props(event).get("FunctionResponseTypes"));
                        assertNotNull(props(event).get("FilterCriteria"), fn.id() + " is invoked for its items only");
                        assertNotNull(props(event).get("DestinationConfig"), fn.id() + " keeps failed batches");
                    }
                    case "EventBridgeRule" -> {
                        assertEquals(ScheduledEvent.class, input, fn.id());
                        assertNotNull(props(event).get("DeadLetterConfig"), fn.id() + " keeps failed events");
                    }
                    default -> fail(fn.id() + " has an event type the tests do not know: " + event.get("Type"));
                }
            }
        }
    }

    /**
     * A function without an event is fired by timers: named {@code <root stack>-<name>} as TimerTargets builds its
     * ARN from CLINIC_TIMER_TARGET_PREFIX, and invocable by the scheduler's role.
     */
    private static void assertTimerTarget(Resource fn) {
        String name = "${AWS::StackName}-" + TimerTargets.functionName(fn.id());
        assertEquals(new Intrinsic("Sub", name), fn.properties().get("FunctionName"), fn.id() + " FunctionName");
        assertTrue(TimerTargets.FUNCTIONS.containsValue(fn.id()), fn.id() + " has no event and is no timer target");
        assertEquals(new Intrinsic("Sub", "arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:"
                + "${AWS::StackName}-"), Template.environment(fn).get("CLINIC_TIMER_TARGET_PREFIX"));
        String role = String.valueOf(T.resources().get("TimerRole").properties().get("Policies"));
        assertTrue(role.contains(name + ":live"), "the timer role cannot invoke " + fn.id());
    }

    @Test
    void routesAreUniqueAuthorizedAndInvokeTheirFunctionsLiveAlias() {
        Set<String> seen = new HashSet<>();
        Map<String, Resource> all = T.resources();
        for (HttpRoute r : T.httpRoutes()) {
            assertTrue(seen.add(r.method() + " " + r.path()), "route twice: " + r.method() + " " + r.path());
            Map<String, Object> p = r.route().properties();
            assertEquals(new Intrinsic("Ref", "HttpApi"), p.get("ApiId"), r.route().id());
            assertEquals("JWT", p.get("AuthorizationType"), r.route().id());
            assertEquals(new Intrinsic("Ref", "CognitoJwt"), p.get("AuthorizerId"), r.route().id());
            assertEquals("AWS::Serverless::Function", all.get(r.functionId()).type(), r.route().id());
            Intrinsic alias = new Intrinsic("Ref", r.functionId() + ".Alias");
            String arn = "${HttpApi}/*/" + r.method() + r.path().replaceAll("\\{[^}]+}", "*");
            assertTrue(T.resourcesOfType("AWS::Lambda::Permission").stream().anyMatch(perm ->
                    alias.equals(perm.properties().get("FunctionName"))
                            && "apigateway.amazonaws.com".equals(perm.properties().get("Principal"))
                            && String.valueOf(perm.properties().get("SourceArn")).endsWith(arn + "]")),
                    r.functionId() + " may not be invoked by the API on " + arn);
        }
    }

    /**
     * Every recurring schedule is one time of a daily kind of the registry (T-13): {@code cron(m h * * ? *)} in
     * Asia/Shanghai, firing the kind's function with the kind's payload through the timer role, with a dead-letter
     * queue; and every time of a daily kind whose function is deployed has its schedule.
     */
    @Test
    @SuppressWarnings("unchecked")
    void dailySchedulesAreTheRegistrysTimes() {
        Set<String> declared = new HashSet<>();
        for (Resource schedule : T.resourcesOfType("AWS::Scheduler::Schedule")) {
            Map<String, Object> p = schedule.properties();
            Map<String, Object> target = (Map<String, Object>) p.get("Target");
            var cron = java.util.regex.Pattern.compile("cron\\((\\d+) (\\d+) \\* \\* \\? \\*\\)")
                    .matcher(String.valueOf(p.get("ScheduleExpression")));
            var input = java.util.regex.Pattern.compile("\"kind\":\"(\\w+)\",\"subject\":\"all\",\"occurrence\":(\\d+)")
                    .matcher(String.valueOf(target.get("Input")));
            assertTrue(cron.matches() && input.find(), schedule.id() + " is no daily schedule of the registry");
            TimerKind kind = TimerKind.valueOf(input.group(1));
            int occurrence = Integer.parseInt(input.group(2));
            assertEquals(kind.dailyAt().get(occurrence - 1), java.time.LocalTime.of(Integer.parseInt(cron.group(2)),
                    Integer.parseInt(cron.group(1))), schedule.id());
            assertEquals("Asia/Shanghai", p.get("ScheduleExpressionTimezone"), schedule.id());
            assertEquals(Map.of("Mode", "OFF"), p.get("FlexibleTimeWindow"), schedule.id());
            assertEquals(new Intrinsic("Ref", TimerTargets.FUNCTIONS.get(kind) + ".Alias"), target.get("Arn"));
            // the root's timer role: named in the root, passed to a department stack as TimerRoleArn
            assertTrue(Set.of(new Intrinsic("GetAtt", List.of("TimerRole", "Arn")), new Intrinsic("Ref", "TimerRoleArn"))
                    .contains(target.get("RoleArn")), schedule.id());
            assertNotNull(target.get("DeadLetterConfig"), schedule.id() + " keeps failed runs");
            declared.add(kind + "#" + occurrence);
        }
        for (TimerKind kind : TimerKind.values()) {
            if (T.resources().containsKey(String.valueOf(TimerTargets.FUNCTIONS.get(kind)))) {
                for (int i = 1; i <= kind.dailyAt().size(); i++) {
                    assertTrue(declared.contains(kind + "#" + i), kind + " at " + kind.dailyAt().get(i - 1)
                            + " has no schedule");
                }
            }
        }
    }

    /** Every stack names only its own resources, its parameters and pseudo parameters; the parent passes them all. */
    @Test
    @SuppressWarnings("unchecked")
    void everyReferenceResolvesInItsOwnStack() {
        for (Template stack : T.stacks()) {
            List<String> broken = new ArrayList<>();
            walk(stack.written(), stack, broken);
            assertTrue(broken.isEmpty(), stack.file().getFileName() + " unresolved: " + broken);
        }
        for (Resource app : T.resourcesOfType("AWS::Serverless::Application")) {
            Template nested = T.stacks().stream().filter(s -> s.file().endsWith(
                    (String) app.properties().get("Location"))).findFirst().orElseThrow();
            Map<String, Map<String, Object>> declared = (Map<String, Map<String, Object>>)
                    nested.written().getOrDefault("Parameters", Map.of());
            Set<String> passed = ((Map<String, Object>) app.properties().get("Parameters")).keySet();
            declared.forEach((name, spec) -> assertTrue(passed.contains(name) || spec.containsKey("Default"),
                    app.id() + " does not pass " + name));
            passed.forEach(name -> assertTrue(declared.containsKey(name), app.id() + " passes unknown " + name));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyPolicyNamesSpecificResources() {
        for (Resource fn : functions()) {
            List<Object> policies = (List<Object>) fn.properties().get("Policies");
            assertNotNull(policies, fn.id() + " has no policy");
            for (Object p : policies) {
                assertTrue(p instanceof Map, fn.id() + ": managed policy names are not scoped: " + p);
                ((Map<String, Object>) p).forEach((name, args) -> {
                    if ("Statement".equals(name)) {
                        for (Map<String, Object> st : (List<Map<String, Object>>) args) {
                            assertScoped(fn.id(), st.get("Resource"));
                            assertFalse(String.valueOf(st.get("Action")).contains("*"), fn.id());
                        }
                    } else {
                        ((Map<String, Object>) args).values().forEach(v -> assertTrue(v instanceof Intrinsic,
                                fn.id() + " " + name + " must name a resource of the stack: " + v));
                    }
                });
            }
        }
        for (Resource role : T.resourcesOfType("AWS::IAM::Role")) {
            for (Map<String, Object> policy : (List<Map<String, Object>>) role.properties().get("Policies")) {
                for (Map<String, Object> st : (List<Map<String, Object>>) ((Map<String, Object>)
                        policy.get("PolicyDocument")).get("Statement")) {
                    assertScoped(role.id(), st.get("Resource"));
                }
            }
        }
    }

    /**
     * Every department stack (the user pool's holds no function): the deployment plan, its own artifact, and the
     * same wiring as the others.
     */
    @Test
    @SuppressWarnings("unchecked")
    void globalsMatchTheDeploymentPlan() throws Exception {
        Map<String, Object> wiring = null;
        for (Template stack : T.stacks().subList(1, T.stacks().size()).stream()
                .filter(s -> !s.file().getFileName().toString().equals("user-pool.yaml")).toList()) {
            Map<String, Object> g = new java.util.HashMap<>(stack.functionGlobals());
            String name = stack.file().getFileName().toString().replace(".yaml", "");
            // SnapStart where it is offered, else the custom runtime with the Java its archive was written by
            assertEquals(new Intrinsic("If", List.of("CustomRuntime", "provided.al2023", "java21")), g.get("Runtime"),
                    name);
            assertEquals(new Intrinsic("If", List.of("CustomRuntime", List.of("x86_64"), List.of("arm64"))),
                    g.get("Architectures"), name);
            // (the stack's JavaRuntimeLayerArn, bound to what the root passes)
            assertEquals(new Intrinsic("If", List.of("CustomRuntime", List.of(new Intrinsic("If", List.of(
                    "CustomRuntime", new Intrinsic("Ref", "JavaRuntimeLayer"), ""))),
                    new Intrinsic("Ref", "AWS::NoValue"))), g.get("Layers"), name);
            assertEquals(Map.of("CustomRuntime", new Intrinsic("Equals", List.of(new Intrinsic("Ref", "SnapStart"),
                    "None"))), stack.root().get("Conditions"), name);
            assertEquals("Active", g.get("Tracing"), name);
            assertEquals("live", g.get("AutoPublishAlias"), name);
            assertEquals(Map.of("ApplyOn", new Intrinsic("Ref", "SnapStart")), g.get("SnapStart"), name);
            assertEquals("../functions/target/lambda/" + name + ".zip", g.remove("CodeUri"), name);
            assertTrue(Files.exists(Template.locate().getParent().resolve("functions/src/assembly/" + name + ".xml")),
                    name + " has no assembly descriptor to build its artifact");
            if (wiring == null) {
                wiring = g;
            }
            assertEquals(wiring, g, name + " wires its functions unlike the other stacks");
        }
        assertTrue(T.resourcesOfType("AWS::Serverless::Function").stream().noneMatch(fn -> fn.stack() == T),
                "functions belong in a department stack");
        Map<String, Map<String, Object>> params = (Map<String, Map<String, Object>>) T.root().get("Parameters");
        assertEquals("PublishedVersions", params.get("SnapStart").get("Default"), "SnapStart on unless turned off");
        Template.Resource layer = T.resources().get("JavaRuntimeLayer");
        assertEquals("CustomRuntime", layer.raw().get("Condition"), "the Java layer only where the custom runtime is used");
        assertEquals("functions/target/runtime-layer", layer.properties().get("ContentUri"));
        assertEquals(List.of("x86_64"), layer.properties().get("CompatibleArchitectures"));

    }

    @Test
    @SuppressWarnings("unchecked")
    void everyRoleIsACognitoGroupAndTheApiChecksCognitoTokens() {
        Set<String> groups = new HashSet<>();
        T.resourcesOfType("AWS::Cognito::UserPoolGroup").forEach(g -> groups.add((String) g.properties()
                .get("GroupName")));
        for (Role r : Role.values()) {
            assertTrue(groups.contains(r.name()) != (r == Role.SHOP), r == Role.SHOP
                    ? "SHOP is a service's scope, never a group" : "no Cognito group for " + r);
        }
        Map<String, Object> shop = T.resources().get("ShopClient").properties();
        assertEquals(List.of("client_credentials"), shop.get("AllowedOAuthFlows"));
        assertEquals(List.of(Role.SHOP_SCOPE), shop.get("AllowedOAuthScopes"));
        assertEquals(List.of(Role.SHOP_SCOPE), T.resources().get("ReceiveShopOrderRoute").properties()
                .get("AuthorizationScopes"), "only the shop's token reaches the shop's route");
        Map<String, Object> authorizer = T.resources().get("CognitoJwt").properties();
        assertEquals("JWT", authorizer.get("AuthorizerType"));
        Map<String, Object> jwt = (Map<String, Object>) authorizer.get("JwtConfiguration");
        assertEquals(new Intrinsic("If", List.of("CreateUserPool", new Intrinsic("GetAtt",
                List.of("UserPoolStack", "Outputs.Issuer")), new Intrinsic("Ref", "TokenIssuer"))),
                jwt.get("Issuer"), "the stack's user pool, or the clinic's own OpenID Connect issuer");
        assertEquals("CreateUserPool", T.resources().get("UserPoolStack").raw().get("Condition"),
                "the user pool's stack is made only where no issuer is given (never in China)");
        assertTrue(T.ownResources().values().stream().noneMatch(r -> r.type().startsWith("AWS::Cognito::")),
                "the root holds no Cognito resource: a China deployment has none");
    }

    private static void assertScoped(String id, Object resource) {
        List<?> list = resource instanceof List<?> l ? l : List.of(resource);
        for (Object r : list) {
            assertFalse("*".equals(r) || r == null, id + " grants on every resource");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> props(Map<String, Object> event) {
        return (Map<String, Object>) event.get("Properties");
    }

    private static void walk(Object node, Template stack, List<String> broken) {
        if (node instanceof Intrinsic i) {
            switch (i.name()) {
                case "Ref" -> check((String) i.value(), null, stack, broken);
                case "GetAtt" -> check((String) ((List<?>) i.value()).get(0), "GetAtt", stack, broken);
                case "Sub" -> {
                    String text = i.value() instanceof List<?> l ? (String) l.get(0) : (String) i.value();
                    var m = java.util.regex.Pattern.compile("\\$\\{([^}!]+)}").matcher(text);
                    while (m.find()) {
                        String name = m.group(1);
                        check(name.contains(".") && !name.startsWith("AWS::") ? name.substring(0, name.indexOf('.'))
                                : name, null, stack, broken);
                    }
                }
                default -> walk(i.value(), stack, broken);
            }
        } else if (node instanceof Map<?, ?> m) {
            m.values().forEach(v -> walk(v, stack, broken));
        } else if (node instanceof List<?> l) {
            l.forEach(v -> walk(v, stack, broken));
        }
    }

    @SuppressWarnings("unchecked")
    private static void check(String name, String kind, Template stack, List<String> broken) {
        Map<String, Object> params = (Map<String, Object>) stack.written().getOrDefault("Parameters", Map.of());
        String resource = name.endsWith(".Alias") ? name.substring(0, name.length() - ".Alias".length()) : name;
        boolean ok = stack.ownResources().containsKey(resource) || samQueues(stack).contains(resource)
                || (kind == null && (params.containsKey(name) || PSEUDO.contains(name)));
        if (!ok) {
            broken.add(name);
        }
    }

    /** The dead-letter queues SAM creates for EventBridge rules ({@code DeadLetterConfig: {Type: SQS}}). */
    @SuppressWarnings("unchecked")
    static Set<String> samQueues(Template stack) {
        Set<String> out = new HashSet<>();
        stack.ownResources().values().stream().filter(r -> r.type().equals("AWS::Serverless::Function"))
                .forEach(fn -> events(fn).forEach((name, event) -> {
                    Object dlq = props(event).get("DeadLetterConfig");
                    if ("EventBridgeRule".equals(event.get("Type")) && dlq instanceof Map<?, ?> m
                            && "SQS".equals(m.get("Type"))) {
                        out.add(fn.id() + name + "Queue");
                    }
                }));
        return out;
    }

    /** Every dead-letter queue, the template's and SAM's, has an alarm on the topic; every log group a retention. */
    @Test
    @SuppressWarnings("unchecked")
    void everyDeadLetterQueueHasAnAlarmAndEveryLogGroupARetention() {
        Set<String> queues = new HashSet<>();
        T.resourcesOfType("AWS::SQS::Queue").stream().map(Resource::id).filter(id -> id.contains("DeadLetter"))
                .forEach(queues::add);
        T.stacks().forEach(stack -> queues.addAll(samQueues(stack)));
        assertFalse(queues.isEmpty());
        for (String queue : queues) {
            assertTrue(T.resourcesOfType("AWS::CloudWatch::Alarm").stream().anyMatch(alarm ->
                    String.valueOf(alarm.properties().get("Dimensions")).contains("[" + queue + ", QueueName]")
                            && String.valueOf(alarm.properties().get("AlarmActions")).contains("AlarmTopic")),
                    queue + " has no alarm on the alarm topic");
        }
        for (Resource group : T.resourcesOfType("AWS::Logs::LogGroup")) {
            assertEquals(new Intrinsic("Ref", "LogRetentionDays"), group.properties().get("RetentionInDays"),
                    group.id());
        }
        Map<String, Object> stage = T.resources().get("HttpApiStage").properties();
        assertNotNull(stage.get("AccessLogSettings"), "the API logs every request");
        assertNotNull(((Map<String, Object>) stage.get("DefaultRouteSettings")).get("ThrottlingRateLimit"),
                "the API is throttled");
    }

    /**
     * Watched (docs/first-deployment.md#alarms): every function of every stack is in one errors alarm and one
     * throttles alarm of its own stack, each reading at most ten metrics; every queue has an alarm on the age of
     * its oldest message; the table, the timers and the API's rates and latency have theirs; every alarm notifies
     * the topic and has its line in the runbook; the stage has its dashboard.
     */
    @Test
    @SuppressWarnings("unchecked")
    void everyFunctionQueueTableTimerAndTheApiIsWatched() throws Exception {
        String runbook = Files.readString(Template.locate().resolveSibling("docs").resolve("first-deployment.md"));
        List<Resource> alarms = T.resourcesOfType("AWS::CloudWatch::Alarm");
        for (Template stack : T.stacks()) {
            Map<String, Integer> errors = new java.util.HashMap<>();
            Map<String, Integer> throttles = new java.util.HashMap<>();
            stack.ownResources().values().stream().filter(r -> r.type().equals("AWS::CloudWatch::Alarm"))
                    .filter(r -> r.properties().containsKey("Metrics")).forEach(alarm -> {
                        List<Map<String, Object>> metrics = (List<Map<String, Object>>) alarm.properties()
                                .get("Metrics");
                        assertTrue(metrics.stream().filter(m -> m.containsKey("MetricStat")).count() <= 10,
                                alarm.id() + ": a metric-math alarm reads at most ten metrics");
                        metrics.stream().filter(m -> m.containsKey("MetricStat")).map(m -> (Map<String, Object>)
                                ((Map<String, Object>) m.get("MetricStat")).get("Metric"))
                                .filter(m -> "AWS/Lambda".equals(m.get("Namespace"))).forEach(m -> {
                                    String fn = String.valueOf(((Intrinsic) ((List<Map<String, Object>>)
                                            m.get("Dimensions")).get(0).get("Value")).value());
                                    (m.get("MetricName").equals("Errors") ? errors : throttles).merge(fn, 1,
                                            Integer::sum);
                                });
                    });
            for (Resource fn : stack.ownResources().values().stream()
                    .filter(r -> r.type().equals("AWS::Serverless::Function")).toList()) {
                assertEquals(1, errors.getOrDefault(fn.id(), 0), fn.id() + " is in one errors alarm of its stack");
                assertEquals(1, throttles.getOrDefault(fn.id(), 0), fn.id() + " is in one throttles alarm");
            }
        }
        for (Resource queue : T.resourcesOfType("AWS::SQS::Queue")) {
            assertTrue(alarms.stream().anyMatch(a -> "ApproximateAgeOfOldestMessage".equals(a.properties()
                    .get("MetricName")) && String.valueOf(a.properties().get("Dimensions"))
                    .contains("[" + queue.id() + ", QueueName]")), queue.id() + " has an age alarm");
        }
        String watched = alarms.stream().map(a -> String.valueOf(a.properties())).reduce("", String::concat);
        for (String metric : List.of("ReadThrottleEvents", "WriteThrottleEvents", "SystemErrors",
                "TargetErrorCount", "InvocationDroppedCount", "4xx", "5xx", "Latency")) {
            assertTrue(watched.contains("MetricName=" + metric), "an alarm watches " + metric);
        }
        for (Resource alarm : alarms) {
            assertTrue(String.valueOf(alarm.properties().get("AlarmActions")).contains("AlarmTopic"),
                    alarm.id() + " notifies the alarm topic");
            assertTrue(String.valueOf(alarm.properties().get("AlarmDescription"))
                    .contains("docs/first-deployment.md#alarms"), alarm.id() + " points at the runbook");
            // the name after the stack's, a numbered department alarm as its family (cashier-errors-1: <dept>-errors-N)
            Object named = alarm.properties().get("AlarmName");
            String line = named instanceof Intrinsic sub ? ((String) sub.value()).replaceAll("^\\$\\{[^}]+}-", "")
                    .replaceAll("-[0-9]+$", "-N") : alarm.id();
            String key = line.replaceAll("^(front-office|clinical|cashier|aftersales|office|program-course|program"
                    + "|print-worker)-", "<dept>-");
            assertTrue(runbook.contains("`" + key + "`") || runbook.contains("`" + line + "`"),
                    alarm.id() + " (" + line + ") has its line in docs/first-deployment.md");
        }
        assertEquals(1, T.resourcesOfType("AWS::CloudWatch::Dashboard").size(), "one dashboard per stage");
    }
}
