package com.clinic.functions;

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
import com.clinic.emulators.Template;
import com.clinic.emulators.Template.Intrinsic;
import com.clinic.emulators.Template.Resource;
import com.clinic.functions.api.ApiFunction;
import com.clinic.model.Role;
import io.micronaut.core.reflect.GenericTypeUtils;
import com.clinic.functions.api.ClinicFunction;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** template.yaml checked by the project itself (cfn-lint does not know AWS::Scheduler::Schedule). */
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

    @Test
    void everyHandlerExistsWithTheInputItsEventDelivers() throws Exception {
        for (Resource fn : functions()) {
            String handler = (String) fn.properties().get("Handler");
            assertTrue(handler.endsWith("::handleRequest"), fn.id());
            Class<?> type = Class.forName(handler.substring(0, handler.indexOf("::")));
            assertTrue(RequestHandler.class.isAssignableFrom(type), fn.id() + " is not a RequestHandler");
            type.getConstructor();
            Class<?> input = GenericTypeUtils.resolveSuperTypeGenericArguments(type, ClinicFunction.class)[0];
            if (events(fn).isEmpty()) {
                assertTimerTarget(fn);
                assertEquals(Map.class, input, fn.id() + " receives the timer's JSON payload");
            }
            for (Map<String, Object> event : events(fn).values()) {
                switch ((String) event.get("Type")) {
                    case "HttpApi" -> {
                        assertTrue(ApiFunction.class.isAssignableFrom(type), fn.id());
                        assertEquals(APIGatewayV2HTTPEvent.class, input, fn.id());
                        assertFalse(ApiFunction.allowedRoles(type).isEmpty(), fn.id());
                        assertEquals(new Intrinsic("Ref", "HttpApi"), props(event).get("ApiId"), fn.id());
                    }
                    case "SQS" -> {
                        assertEquals(SQSEvent.class, input, fn.id());
                        assertEquals(List.of("ReportBatchItemFailures"), props(event).get("FunctionResponseTypes"));
                    }
                    case "DynamoDB" -> {
                        assertEquals(DynamodbEvent.class, input, fn.id());
                        assertEquals(new Intrinsic("GetAtt", List.of("ClinicTable", "StreamArn")), props(event).get("Stream"));
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

    /** A function without an event is fired by timers: named in CLINIC_TIMER_TARGETS and invocable by the role. */
    private static void assertTimerTarget(Resource fn) {
        String targets = String.valueOf(T.functionGlobals().get("Environment"));
        assertTrue(targets.contains(fn.id() + "=arn:"), fn.id() + " has no event and is no timer target");
        Object name = fn.properties().get("FunctionName");
        assertTrue(name instanceof Intrinsic, fn.id() + " needs a FunctionName the timer ARN is built from");
        String functionName = String.valueOf(((Intrinsic) name).value()).replace("${AWS::StackName}", "");
        assertTrue(targets.contains(functionName + ":live"), fn.id() + " target ARN does not match its name");
        String role = String.valueOf(T.resources().get("TimerRole").properties().get("Policies"));
        assertTrue(role.contains(functionName + ":live"), "the timer role cannot invoke " + fn.id());
    }

    @Test
    void routesAreUnique() {
        Set<String> seen = new HashSet<>();
        for (Resource fn : functions()) {
            for (Map<String, Object> event : events(fn).values()) {
                if ("HttpApi".equals(event.get("Type"))) {
                    String route = props(event).get("Method") + " " + props(event).get("Path");
                    assertTrue(seen.add(route), "route twice: " + route);
                }
            }
        }
    }

    @Test
    void everyReferenceResolves() {
        List<String> broken = new ArrayList<>();
        walk(T.root(), broken);
        assertTrue(broken.isEmpty(), "unresolved: " + broken);
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

    @Test
    void globalsMatchTheDeploymentPlan() throws Exception {
        Map<String, Object> g = T.functionGlobals();
        assertEquals("java21", g.get("Runtime"));
        assertEquals(List.of("arm64"), g.get("Architectures"));
        assertEquals("Active", g.get("Tracing"));
        assertEquals("live", g.get("AutoPublishAlias"));
        assertEquals(Map.of("ApplyOn", "PublishedVersions"), g.get("SnapStart"));
        String codeUri = (String) g.get("CodeUri");
        String pom = Files.readString(Template.locate().getParent().resolve("functions/pom.xml"));
        assertTrue(codeUri.equals("functions/target/clinic-functions.zip")
                && pom.contains("<finalName>clinic-functions</finalName>"), "CodeUri must be the built zip");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyRoleIsACognitoGroupAndTheApiChecksCognitoTokens() {
        Set<String> groups = new HashSet<>();
        T.resourcesOfType("AWS::Cognito::UserPoolGroup").forEach(g -> groups.add((String) g.properties()
                .get("GroupName")));
        for (Role r : Role.values()) {
            assertTrue(groups.contains(r.name()), "no Cognito group for " + r);
        }
        Map<String, Object> auth = (Map<String, Object>) T.resources().get("HttpApi").properties().get("Auth");
        assertEquals("CognitoJwt", auth.get("DefaultAuthorizer"));
        Map<String, Object> jwt = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>)
                auth.get("Authorizers")).get("CognitoJwt")).get("JwtConfiguration");
        assertTrue(String.valueOf(jwt.get("issuer")).contains("${UserPool}"));
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

    @SuppressWarnings("unchecked")
    private static void walk(Object node, List<String> broken) {
        if (node instanceof Intrinsic i) {
            switch (i.name()) {
                case "Ref" -> check((String) i.value(), null, broken);
                case "GetAtt" -> check((String) ((List<?>) i.value()).get(0), "GetAtt", broken);
                case "Sub" -> {
                    String text = i.value() instanceof List<?> l ? (String) l.get(0) : (String) i.value();
                    var m = java.util.regex.Pattern.compile("\\$\\{([^}!]+)}").matcher(text);
                    while (m.find()) {
                        String name = m.group(1);
                        check(name.contains(".") && !name.startsWith("AWS::") ? name.substring(0, name.indexOf('.'))
                                : name, null, broken);
                    }
                }
                default -> walk(i.value(), broken);
            }
        } else if (node instanceof Map<?, ?> m) {
            m.values().forEach(v -> walk(v, broken));
        } else if (node instanceof List<?> l) {
            l.forEach(v -> walk(v, broken));
        }
    }

    @SuppressWarnings("unchecked")
    private static void check(String name, String kind, List<String> broken) {
        Map<String, Object> params = (Map<String, Object>) T.root().getOrDefault("Parameters", Map.of());
        boolean ok = T.resources().containsKey(name) || (kind == null && (params.containsKey(name)
                || PSEUDO.contains(name)));
        if (!ok) {
            broken.add(name);
        }
    }
}
