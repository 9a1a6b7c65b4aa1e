package com.clinic.platform.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.clinic.emulators.Template.Resource;
import com.clinic.emulators.Template;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * Every write endpoint attacked as a careless front end and a careful attacker would: at least 200 malformed
 * requests each, built from its events/ sample (wrong types, overflowing and full-width numbers, control and
 * direction characters, broken surrogates, huge and deeply nested bodies, unknown and repeated fields, trailing
 * text, wrong media types, bad If-Match and Idempotency-Key headers, forged group claims, oversized and odd path
 * ids). Each must be answered with a 4xx problem document naming a field and no Java internals, and the table
 * must hold exactly what it held before. The samples address a twin set of records (codes {@code V261124-…}).
 */
class HostileInputTest {
    static final String TWIN = "V261124-";
    static TestCloud cloud;
    static JsonMapper json;
    static DynamoDbClient dynamo;
    static String table;

    @BeforeAll
    static void seed() {
        cloud = TestCloud.get();
        cloud.clock.setTo(SampleData.DAY);
        SampleData.seed(cloud, TWIN);
        json = cloud.context.getBean(JsonMapper.class);
        dynamo = cloud.context.getBean(DynamoDbClient.class);
        table = cloud.context.getRequiredProperty("clinic.table", String.class);
    }

    @AfterAll
    static void resetClock() {
        cloud.clock.reset();
    }

    static Stream<Resource> writeEndpoints() {
        Template template = Template.loadDefault();
        return template.httpRoutes().stream()
                .filter(r -> r.method().equals("POST") || r.method().equals("PUT"))
                .map(r -> template.resources().get(r.functionId()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writeEndpoints")
    @SuppressWarnings({"unchecked", "rawtypes"})
    void malformedInputWritesNothingAndNamesTheField(Resource fn) throws Exception {
        String sample = Files.readString(SampleEventsTest.EVENTS.resolve(fn.id() + ".json")).replace("V261123-", TWIN);
        RequestHandler h = handler(fn);
        List<Mutation> mutations = mutations(load(sample));
        assertTrue(mutations.size() >= 200, fn.id() + ": only " + mutations.size() + " malformed requests");
        long before = itemCount();
        for (Mutation m : mutations) {
            APIGatewayV2HTTPEvent e = m.apply(load(sample));
            APIGatewayV2HTTPResponse r = (APIGatewayV2HTTPResponse) h.handleRequest(e, null);
            String what = fn.id() + " [" + m.name() + "] answered " + r.getStatusCode() + " " + r.getBody();
            if (r.getStatusCode() < 400 || r.getStatusCode() >= 500) {
                fail(what);
            }
            assertTrue(r.getHeaders().get("Content-Type").startsWith("application/problem+json"), what);
            JsonNode problem = json.readValue(r.getBody(), JsonNode.class);
            JsonNode errors = problem.get("errors");
            assertTrue(errors != null && errors.size() > 0, "no field named: " + what);
            for (JsonNode err : errors.values()) {
                assertFalse(err.get("field").getStringValue().isBlank(), what);
            }
            for (String internal : List.of("java.", "Exception", "com.clinic", "micronaut", "jackson", "Jackson")) {
                assertFalse(r.getBody().contains(internal), "internals in " + what);
            }
        }
        assertEquals(before, itemCount(), fn.id() + ": malformed requests wrote to the table");
    }

    /**
     * From the contract, not from a list: every integer field of every write route's request schema refuses what
     * only looks like one ("12", " 12 ", 12.0, 1e3, "12.0"), every decimal field text ("58.5"), and every list a
     * null element, each a 400 naming the field, writing nothing.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("writeEndpoints")
    @SuppressWarnings({"unchecked", "rawtypes"})
    void integersAreIntegersAndListsHoldNoNulls(Resource fn) throws Exception {
        String sample = sample(fn.id(), TWIN);
        APIGatewayV2HTTPEvent base = load(sample);
        Object schema = base.getBody() == null ? null : OpenApi.requestSchema(OpenApi.operation(
                base.getRouteKey().split(" ")[0].toLowerCase(), base.getRouteKey().split(" ")[1]));
        org.junit.jupiter.api.Assumptions.assumeTrue(schema != null, fn.id() + " takes no body");
        Map<String, Object> body = json.readValue(base.getBody(), Map.class);
        Map<String, List<Object>> cases = new java.util.LinkedHashMap<>();
        contractCases(OpenApi.schemaOf(schema), body, "", cases);
        RequestHandler h = handler(fn);
        long before = itemCount();
        for (Map.Entry<String, List<Object>> c : cases.entrySet()) {
            for (Object bad : c.getValue()) {
                Map<String, Object> changed = json.readValue(base.getBody(), Map.class);
                String field = put(changed, c.getKey(), bad);
                APIGatewayV2HTTPEvent e = load(sample);
                e.setBody(json.writeValueAsString(changed).replace("\"@@1e3@@\"", "1e3")
                        .replace("\"@@12.0@@\"", "12.0"));
                APIGatewayV2HTTPResponse r = (APIGatewayV2HTTPResponse) h.handleRequest(e, null);
                String what = fn.id() + " " + c.getKey() + "=" + bad + " answered " + r.getStatusCode() + " "
                        + r.getBody();
                assertEquals(400, r.getStatusCode(), what);
                assertTrue(r.getBody().contains("\"field\":\"" + field + "\""), what);
            }
        }
        assertEquals(before, itemCount(), fn.id() + ": refused requests wrote to the table");
    }

    /** The integer fields and lists of a schema, by their path, as far as the sample's body reaches. */
    @SuppressWarnings("unchecked")
    private static void contractCases(Map<String, Object> schema, Object sample, String path,
                                      Map<String, List<Object>> out) {
        Map<String, Object> props = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
        for (Map.Entry<String, Object> p : props.entrySet()) {
            Map<String, Object> s = OpenApi.schemaOf(p.getValue());
            String at = path.isEmpty() ? p.getKey() : path + "." + p.getKey();
            Object value = sample instanceof Map<?, ?> m ? m.get(p.getKey()) : null;
            if ("integer".equals(s.get("type"))) {
                out.put(at, List.of("12", " 12 ", "12.0", "@@12.0@@", "@@1e3@@"));
            } else if ("number".equals(s.get("type"))) {
                out.put(at, List.of("58.5", "@@1e3@@"));
            } else if ("array".equals(s.get("type"))) {
                out.put(at + "[]", java.util.Collections.singletonList(null));
                Map<String, Object> items = OpenApi.schemaOf(s.get("items"));
                if (value instanceof List<?> l && !l.isEmpty() && "object".equals(items.get("type"))) {
                    contractCases(items, l.get(0), at + "[0]", out);
                }
            } else if ("object".equals(s.get("type")) && value instanceof Map) {
                contractCases(s, value, at, out);
            }
        }
    }

    /**
     * Sets the value at the path ({@code a.b[0].c}; {@code x[]}: the list x holding the value alone) and answers
     * the field name the refusal must give.
     */
    @SuppressWarnings("unchecked")
    private static String put(Map<String, Object> body, String path, Object value) {
        String[] steps = path.split("\\.");
        Object at = body;
        for (int i = 0; i < steps.length - 1; i++) {
            String step = steps[i];
            if (step.endsWith("[0]")) {
                at = ((List<Object>) ((Map<String, Object>) at).get(step.substring(0, step.length() - 3))).get(0);
            } else {
                at = ((Map<String, Object>) at).computeIfAbsent(step, k -> new java.util.LinkedHashMap<>());
            }
        }
        String last = steps[steps.length - 1];
        if (last.endsWith("[]")) {
            List<Object> list = new ArrayList<>();
            list.add(value);
            ((Map<String, Object>) at).put(last.substring(0, last.length() - 2), list);
            return path.substring(0, path.length() - 2) + "[0]";
        }
        ((Map<String, Object>) at).put(last, value);
        return path;
    }

    static Stream<Resource> listEndpoints() {
        return Template.loadDefault().resourcesOfType("AWS::Serverless::Function").stream()
                .filter(fn -> LISTS.contains(fn.id()));
    }

    /** The functions that answer a page: a page token that this list did not issue is a 400 naming next. */
    static final List<String> LISTS = List.of("ListUnassignedAppointmentsFunction", "ListAssignedAppointmentsFunction",
            "ListMyPickupsFunction", "ListMyNotificationsFunction", "ListExpectedArrivalsFunction",
            "ListExamQuarantineFunction", "ListTriageQueueFunction", "ListMyConsultationsFunction",
            "ListPriceReviewQueueFunction", "ListCashierQueueFunction", "ListFollowUpTasksFunction", "ListLoansFunction",
            "ListDunningContactsFunction", "ListRecoveriesFunction", "ListAdmissionsFunction",
            "ListConsultationVideosFunction", "ListVideoPlaybacksFunction", "ListCompanionsFunction",
            "ListDisputesFunction", "ListComplaintsFunction", "ListComplaintHandlingFunction", "ListCareNotesFunction",
            "ListFollowUpCallsFunction", "ListVisitorsFunction", "ListPayingCustomersFunction",
            "ListProgramsFunction", "ListMyProgramsFunction", "ListReadingsFunction", "ListOverdueDeadlinesFunction", "ListGroupMessagesFunction",
            "ListArchiveReadsFunction");

    @ParameterizedTest(name = "{0}")
    @MethodSource("listEndpoints")
    @SuppressWarnings({"unchecked", "rawtypes"})
    void forgedPageTokensAreRefusedByName(Resource fn) throws Exception {
        String sample = Files.readString(SampleEventsTest.EVENTS.resolve(fn.id() + ".json")).replace("V261123-", TWIN);
        RequestHandler h = handler(fn);
        List<String> tokens = new ArrayList<>();
        for (String key : List.of("pk\tX", "pk\tX\nsk\tY", "pk\tX\nsk\tY\ngsi1pk\tQUEUE#BOOKED",
                "gsi1pk\tQUEUE#BOOKED\ngsi1sk\tA", "pk\tX\nsk\tY\ngsi1pk\tQUEUE#BOOKED\ngsi1sk\tA\nextra\tZ",
                "pk\tX\nsk\tY\ngsi2pk\tOTHER\ngsi2sk\tA", "pk\t\nsk\t", "pk\tX\npk\tY\nsk\tZ",
                "pk\t" + "x".repeat(3_000) + "\nsk\tY", "pk", "\n\n", "\t")) {
            tokens.add(java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                    key.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        tokens.addAll(List.of("%%%", "not base64!", "x".repeat(5_000), "AAAA", "////"));
        for (String token : tokens) {
            APIGatewayV2HTTPEvent e = load(sample);
            Map<String, String> query = new HashMap<>(e.getQueryStringParameters() == null ? Map.of()
                    : e.getQueryStringParameters());
            query.put("next", token);
            e.setQueryStringParameters(query);
            APIGatewayV2HTTPResponse r = (APIGatewayV2HTTPResponse) h.handleRequest(e, null);
            assertEquals(400, r.getStatusCode(), fn.id() + " next=" + token + ": " + r.getBody());
            assertTrue(r.getBody().contains("\"field\":\"next\""), r.getBody());
        }
    }

    /** The function's handler, every answer of which is held to the contract: a declared status, a valid body. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static RequestHandler handler(Resource fn) throws Exception {
        RequestHandler h = handler(fn, cloud.context);
        return (input, context) -> {
            APIGatewayV2HTTPEvent e = (APIGatewayV2HTTPEvent) input;
            APIGatewayV2HTTPResponse r = (APIGatewayV2HTTPResponse) h.handleRequest(e, context);
            assertEquals(List.of(), com.clinic.emulators.Contract.violations(e.getRouteKey(), r.getStatusCode(),
                    r.getHeaders().get("Content-Type"), r.getBody()), fn.id());
            return r;
        };
    }

    /** A function's handler of the template, built on a test context. */
    @SuppressWarnings("rawtypes")
    static RequestHandler handler(Resource fn, ApplicationContext context) throws Exception {
        String handler = (String) fn.properties().get("Handler");
        return (RequestHandler) Class.forName(handler)
                .getConstructor(ApplicationContext.class).newInstance(context);
    }

    /** A function's events/ sample, addressing the records seeded under another prefix. */
    static String sample(String functionId, String prefix) throws java.io.IOException {
        return Files.readString(SampleEventsTest.EVENTS.resolve(functionId + ".json")).replace("V261123-", prefix);
    }

    private static long itemCount() {
        long n = 0;
        Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> start = null;
        do {
            var from = start;
            var r = dynamo.scan(b -> b.tableName(table).select(Select.COUNT).consistentRead(true)
                    .exclusiveStartKey(from));
            n += r.count();
            start = r.hasLastEvaluatedKey() ? r.lastEvaluatedKey() : null;
        } while (start != null);
        return n;
    }

    /** An HTTP event read from a sample's text, with headers and path parameters that can be changed. */
    static APIGatewayV2HTTPEvent load(String sample) throws Exception {
        Path f = Files.createTempFile("hostile", ".json");
        Files.writeString(f, sample);
        try {
            APIGatewayV2HTTPEvent e = EventLoader.loadApiGatewayHttpEvent(f.toString());
            e.setHeaders(new HashMap<>(e.getHeaders()));
            if (e.getPathParameters() != null) {
                e.setPathParameters(new HashMap<>(e.getPathParameters()));
            }
            return e;
        } finally {
            Files.delete(f);
        }
    }

    // ------------------------------------------------------------------ the malformed requests

    record Mutation(String name, UnaryOperator<APIGatewayV2HTTPEvent> change) {
        APIGatewayV2HTTPEvent apply(APIGatewayV2HTTPEvent e) {
            return change.apply(e);
        }
    }

    /** Values no text field takes: structures, characters that have no place in typed data, absurd lengths. */
    static final List<Object> BAD_TEXT = badText();
    /** What no number, amount, count or index takes. */
    static final List<String> BAD_NUMBERS = List.of("9223372036854775807", "9223372036854775808",
            "-9223372036854775808", "1e400", "１２３", "12.5", "NaN", "0x10", "١٢٣", "99999999999999999999999");
    static final List<String> BAD_DATES = List.of("10000-01-01", "2026-02-30", "1899-12-31T00:00:00+08:00",
            "tomorrow", "２０２６-１２-０１", "2026-12-01T25:00:00+08:00", "+999999999-12-31");
    static final List<String> BAD_ENUMS = List.of("BITCOIN", "ＣＡＳＨ", "CASH\u0000", "C A S H");
    static final List<String> NUMBER_FIELDS = List.of("amount", "finalPrice", "discountedPrice", "listPrice",
            "periods", "line", "size", "age", "durationSeconds", "heightCm", "weightKg", "systolicMmHg", "sleepHours",
            "quantity", "value", "service", "coaches", "meals", "results", "score");
    static final List<String> DATE_FIELDS = List.of("arrivalAt", "firstRepaymentDate", "operationDate", "pickupAt", "measuredAt",
            "startDate");
    static final List<String> FLAG_FIELDS = List.of("active", "accept", "passed", "smokes", "drinks",
            "privately", "recommend", "bound");
    static final List<String> ENUM_FIELDS = List.of("method", "mode", "gender", "roles", "metric", "device",
            "kind", "meal");

    private static List<Object> badText() {
        List<Object> out = new ArrayList<>();
        out.add(Map.of());
        out.add(List.of());
        out.add(List.of(1, 2));
        out.add(Map.of("x", Map.of("y", List.of())));
        out.add(true);
        out.add("x".repeat(10_000));
        out.add("𠮷".repeat(2_000));
        for (int c = 0; c < 0x20; c++) {
            if (c != '\t' && c != '\n' && c != '\r') {
                out.add("ab" + (char) c + "cd");
            }
        }
        for (int c = 0x7f; c <= 0x9f; c++) {
            out.add("ab" + (char) c + "cd");
        }
        for (int c : new int[] {0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069, 0xfffe,
                0xffff}) {
            out.add("ab" + (char) c + "cd");
        }
        out.add("ab\ud800cd");
        out.add("ab\udc00cd");
        return out;
    }

    private List<Mutation> mutations(APIGatewayV2HTTPEvent sample) throws Exception {
        List<Mutation> out = new ArrayList<>();
        boolean versioned = sample.getHeaders().containsKey("if-match");
        boolean keyed = versioned || sample.getRouteKey().equals("POST /visits")
                || sample.getRouteKey().equals("POST /walk-ins");
        String body = sample.getBody();
        if (body != null) {
            Object tree = json.readValue(body, Object.class);
            leaves(tree, "", new ArrayList<>(), out);
            bodies(body, true, out);
        } else if (!sample.getRouteKey().startsWith("POST /visits/{code}/price-review")) {
            // a command that takes no body refuses one, whatever it holds
            for (Object v : BAD_TEXT) {
                out.add(new Mutation("unexpected body", e -> {
                    e.setBody(jsonOf(Map.of("x", v)));
                    return e;
                }));
            }
            bodies("{\"x\":1}", false, out);
        }
        if (versioned) {
            for (String v : List.of("abc", "W/\"x\"", "\"99999999999999999999\"", "\"-1\"", "\"999\"", "\"\"",
                    "\"1.5\"", "\"１\"", "*", "\"3\", \"4\"")) {
                out.add(header("If-Match: " + v, "if-match", v));
            }
            out.add(new Mutation("no If-Match", e -> {
                e.getHeaders().remove("if-match");
                return e;
            }));
        }
        if (keyed) {
            for (String k : List.of("k".repeat(129), "has space", "中文键", "")) {
                out.add(header("Idempotency-Key: " + k.length(), "idempotency-key", k));
            }
            for (int c = 0; c < 0x20; c++) {
                out.add(header("Idempotency-Key control " + c, "idempotency-key", "key" + (char) c));
            }
        }
        if (sample.getPathParameters() != null) {
            String name = sample.getPathParameters().keySet().iterator().next();
            List<String> ids = new ArrayList<>(List.of("x".repeat(2_100), "x".repeat(129), "../../etc/passwd",
                    "V261124-A1B2C3 ", "%00", "a/b", "\u202eabc", "𠮷", "ＶＩＳＩＴ"));
            if (name.equals("code")) {
                ids.add("V261124-ZZZZZZ");
            }
            for (char c : "!\"#$%&'()*+,/;<=>?[\\]^`{|}~ ".toCharArray()) {
                ids.add("V261124" + c + "A1B2C3");
            }
            for (int c = 0; c < 0x20; c++) {
                ids.add("V261124-" + (char) c);
            }
            for (int c = 0x7f; c <= 0x9f; c++) {
                ids.add("V261124-" + (char) c);
            }
            for (String id : ids) {
                out.add(new Mutation("path " + name + "=" + id.length(), e -> {
                    e.getPathParameters().put(name, id);
                    return e;
                }));
            }
        }
        for (String groups : List.of("[X,SUPER_ADMIN]", "[X,FRONT_DESK,DISPATCHER,SALES]", "SUPER_ADMIN,FRONT_DESK",
                "[\"SUPER_ADMIN\"]", "[]", "", "[super_admin]", "[ SUPER_ADMIN ]x", "null", "[CUSTOMER]")) {
            if (groups.equals(sample.getRequestContext().getAuthorizer().getJwt().getClaims().get("cognito:groups"))) {
                continue; // the caller's own groups are no forgery (a customer's sample is [CUSTOMER])
            }
            out.add(claims("groups " + groups, c -> {
                c.put("cognito:groups", groups);
                c.remove("scope");
            }));
        }
        if (sample.getRequestContext().getAuthorizer().getJwt().getClaims().containsKey("scope")) {
            // a service token: its authority is its scope, so forge that
            for (String scope : List.of("X,clinic/shop.orders", "clinic/shop.orders.all", "CLINIC/SHOP.ORDERS",
                    "clinic/shop", "", "[clinic/shop.orders]")) {
                out.add(claims("scope " + scope, c -> c.put("scope", scope)));
            }
            out.add(claims("id token with the scope", c -> c.put("token_use", "id")));
        }
        out.add(claims("no sub", c -> c.remove("sub")));
        out.add(claims("blank sub", c -> c.put("sub", " ")));
        out.add(new Mutation("no authorizer", e -> {
            e.getRequestContext().setAuthorizer(null);
            return e;
        }));
        return out;
    }

    /** Each value of the body replaced by what its field can never take. */
    @SuppressWarnings("unchecked")
    private void leaves(Object node, String path, List<Object> route, List<Mutation> out) throws Exception {
        if (node instanceof Map<?, ?> map) {
            for (Object k : map.keySet()) {
                List<Object> next = new ArrayList<>(route);
                next.add(k);
                leaves(map.get(k), path.isEmpty() ? k.toString() : path + "." + k, next, out);
            }
            return;
        }
        if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                List<Object> next = new ArrayList<>(route);
                next.add(i);
                leaves(list.get(i), path + "[" + i + "]", next, out);
            }
            out.add(replace(path, route, "a list in place of a list of values", "not a list"));
            return;
        }
        Object last = route.isEmpty() ? "" : route.get(route.size() - 1);
        String name = String.valueOf(last instanceof Integer && route.size() > 1 ? route.get(route.size() - 2) : last);
        List<Object> values = new ArrayList<>(BAD_TEXT);
        if (FLAG_FIELDS.contains(name)) {
            values.remove(Boolean.TRUE);
        }
        if (NUMBER_FIELDS.contains(name)) {
            values.addAll(BAD_NUMBERS);
        }
        if (DATE_FIELDS.contains(name)) {
            values.addAll(BAD_DATES);
        }
        if (ENUM_FIELDS.contains(name)) {
            values.addAll(BAD_ENUMS);
        }
        for (Object v : values) {
            out.add(replace(path, route, "value", v));
        }
    }

    private Mutation replace(String path, List<Object> route, String what, Object value) {
        return new Mutation(path + " := " + what, e -> {
            try {
                Object tree = json.readValue(e.getBody(), Object.class);
                Object parent = tree;
                for (int i = 0; i < route.size() - 1; i++) {
                    Object step = route.get(i);
                    parent = step instanceof Integer n ? ((List<?>) parent).get(n) : ((Map<?, ?>) parent).get(step);
                }
                Object last = route.get(route.size() - 1);
                if (last instanceof Integer n) {
                    ((List<Object>) parent).set(n, value);
                } else {
                    ((Map<Object, Object>) parent).put(last, value);
                }
                e.setBody(jsonOf(tree));
                return e;
            } catch (java.io.IOException ex) {
                throw new IllegalStateException(ex);
            }
        });
    }

    /** Whole-body mistakes: not JSON, not an object, extra or repeated fields, trailing text, size, nesting. */
    private void bodies(String body, boolean expected, List<Mutation> out) {
        String inner = body.substring(body.indexOf('{') + 1);
        String firstField = body.substring(body.indexOf('"'), body.indexOf(':'));
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("unknown field", "{\"discountPrice\":1," + inner);
        texts.put("repeated field", "{" + firstField + ":\"x\"," + inner);
        texts.put("trailing text", body + "x");
        texts.put("second object", body + " {}");
        texts.put("truncated", body.substring(0, body.length() - 1));
        texts.put("null", "null");
        texts.put("list", "[" + body + "]");
        texts.put("string", "\"" + body.replace("\"", "\\\"") + "\"");
        texts.put("number", "123");
        texts.put("single quotes", body.replace('"', '\''));
        texts.put("comment", "/* hi */" + body);
        texts.put("byte order mark", "\ufeff" + body);
        texts.put("NaN literal", "{\"x\":NaN," + inner);
        texts.put("deeply nested", "{\"x\":" + "[".repeat(5_000) + "]".repeat(5_000) + "," + inner);
        texts.put("nested objects", "{\"x\":" + "{\"a\":".repeat(500) + "1" + "}".repeat(500) + "," + inner);
        texts.put("70 KB", "{\"pad\":\"" + "x".repeat(70_000) + "\"," + inner);
        texts.put("1 MB", "{\"pad\":\"" + "x".repeat(1_000_000) + "\"," + inner);
        texts.put("blank", "   ");
        texts.put("huge number", "{\"x\":" + "9".repeat(5_000) + "," + inner);
        texts.forEach((name, text) -> out.add(new Mutation("body " + name, e -> {
            e.setBody(text);
            return e;
        })));
        if (!expected) {
            return;
        }
        for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                "application/json; charset=latin1", "multipart/form-data", "", "json", "application/jsonp",
                "text/json", "application/json-patch")) {
            out.add(header("Content-Type: " + type, "content-type", type));
        }
        out.add(new Mutation("no Content-Type", e -> {
            e.getHeaders().remove("content-type");
            return e;
        }));
    }

    private static String jsonOf(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Mutation header(String name, String header, String value) {
        return new Mutation(name, e -> {
            e.getHeaders().put(header, value);
            return e;
        });
    }

    private static Mutation claims(String name, java.util.function.Consumer<Map<String, String>> change) {
        return new Mutation(name, e -> {
            Map<String, String> claims = new HashMap<>(e.getRequestContext().getAuthorizer().getJwt().getClaims());
            change.accept(claims);
            e.getRequestContext().getAuthorizer().getJwt().setClaims(claims);
            return e;
        });
    }
}
