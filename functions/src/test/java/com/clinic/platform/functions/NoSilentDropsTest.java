package com.clinic.platform.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.clinic.emulators.Template;
import com.clinic.emulators.Template.HttpRoute;
import io.micronaut.json.JsonMapper;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No silent drops: every write route, sent its events/ sample with one field more that the command will not
 * apply — each field of the record it answers with that its request does not declare (the customer's name on a
 * complaint's edit, a visit's stage, its version), or for a route that takes no body any body at all — answers a
 * 400 naming that field (or {@code body}) and writes nothing. The fields come from openapi.yaml, not from a list.
 */
class NoSilentDropsTest {
    static final String TWIN = "V261125-";
    static final TestCloud CLOUD = TestCloud.get();
    static final JsonMapper JSON = CLOUD.context.getBean(JsonMapper.class);

    @BeforeAll
    static void seedOnTheSampleDay() {
        CLOUD.clock.setTo(SampleData.DAY);
        SampleData.seed(CLOUD, TWIN);
    }

    @AfterAll
    static void clockBack() {
        CLOUD.clock.reset();
    }

    static Stream<Arguments> writeRoutes() {
        return Template.loadDefault().httpRoutes().stream()
                .filter(r -> r.method().equals("POST") || r.method().equals("PUT"))
                .map(r -> Arguments.of(r, r.method() + " " + r.path()));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("writeRoutes")
    @SuppressWarnings({"unchecked", "rawtypes"})
    void aFieldTheCommandWillNotApplyIsRefusedByName(HttpRoute route, String name) throws Exception {
        Map<String, Object> op = OpenApi.operation(route.method(), route.path());
        Object request = OpenApi.requestSchema(op);
        Set<String> declared = OpenApi.properties(request);
        Set<String> unapplied = new LinkedHashSet<>(OpenApi.properties(OpenApi.successSchema(op)));
        unapplied.removeAll(declared);
        unapplied.add("version");
        unapplied.removeAll(declared);
        RequestHandler h = HostileInputTest.handler(Template.loadDefault().resources().get(route.functionId()),
                CLOUD.context);
        String sample = HostileInputTest.sample(route.functionId(), TWIN);
        for (String field : unapplied) {
            APIGatewayV2HTTPEvent e = HostileInputTest.load(sample);
            Map<String, Object> body = e.getBody() == null || e.getBody().isBlank() ? new LinkedHashMap<>()
                    : JSON.readValue(e.getBody(), Map.class);
            body.put(field, "x");
            e.setBody(JSON.writeValueAsString(body));
            e.getHeaders().put("content-type", "application/json");
            e.getHeaders().remove("idempotency-key");
            APIGatewayV2HTTPResponse r = (APIGatewayV2HTTPResponse) h.handleRequest(e, null);
            String what = name + " with " + field + " answered " + r.getStatusCode() + " " + r.getBody();
            assertEquals(400, r.getStatusCode(), what);
            // refused because the command does not take it, not because "x" is a bad value for it
            assertTrue(r.getBody().contains(request == null ? "\"field\":\"body\",\"message\":\"this request takes no body"
                    : "\"field\":\"" + field + "\",\"message\":\"is not a field of this request"), what);
        }
        assertFalse(unapplied.isEmpty());
    }
}
