package com.clinic.platform.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.clinic.emulators.Template.HttpRoute;
import com.clinic.emulators.Template.Resource;
import com.clinic.emulators.Template;
import io.micronaut.context.ApplicationContext;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every function of template.yaml invoked with its sample from events/ (the same files {@code sam local invoke
 * -e} takes), on the data the samples name: each must succeed, and each HTTP sample must carry its route.
 */
class SampleEventsTest {
    static final Path EVENTS = Template.locate().getParent().resolve("events");
    static TestCloud cloud;

    @BeforeAll
    static void seed() {
        cloud = TestCloud.get();
        cloud.clock.setTo(SampleData.DAY);
        SampleData.seed(cloud, SampleData.PREFIX);
    }

    @AfterAll
    static void resetClock() {
        cloud.clock.reset();
    }

    static final Template TEMPLATE = Template.loadDefault();

    static Stream<Resource> functions() {
        return TEMPLATE.resourcesOfType("AWS::Serverless::Function").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("functions")
    @SuppressWarnings({"unchecked", "rawtypes"})
    void sampleEventSucceeds(Resource fn) throws Exception {
        Path sample = EVENTS.resolve(fn.id() + ".json");
        assertTrue(Files.exists(sample), "events/" + fn.id() + ".json is missing");
        String handler = (String) fn.properties().get("Handler");
        RequestHandler h = (RequestHandler) Class.forName(handler)
                .getConstructor(ApplicationContext.class).newInstance(cloud.context);
        Optional<HttpRoute> route = TEMPLATE.route(fn.id());
        Map<String, Object> events = (Map<String, Object>) fn.properties().get("Events");
        if (route.isPresent()) {
            APIGatewayV2HTTPEvent e = EventLoader.loadApiGatewayHttpEvent(sample.toString());
            assertEquals(route.get().method() + " " + route.get().path(), e.getRouteKey());
            APIGatewayV2HTTPResponse r = (APIGatewayV2HTTPResponse) h.handleRequest(e, null);
            assertTrue(r.getStatusCode() / 100 == 2, fn.id() + " answered " + r.getStatusCode() + " " + r.getBody());
            OpenApi.assertConforms(e.getRouteKey(), r.getStatusCode(), r.getHeaders().get("Content-Type"),
                    r.getBody());
            return;
        }
        if (events == null) {
            // A timer target: the sample is the schedule's payload.
            Object fired = h.handleRequest(EventLoader.loadEvent(sample.toString(), Map.class), null);
            // a day event acted on (true), or the daily reminders sent (how many)
            assertTrue(Boolean.TRUE.equals(fired) || fired instanceof Integer n && n > 0, fn.id() + " did " + fired);
            return;
        }
        Map<String, Object> event = (Map<String, Object>) events.values().iterator().next();
        if ("SQS".equals(event.get("Type"))) {
            // as Lambda calls a queue worker: the event's bytes in, the partial batch answer's bytes out
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            try (InputStream in = Files.newInputStream(sample)) {
                ((RequestStreamHandler) h).handleRequest(in, answer, null);
            }
            assertEquals("{\"batchItemFailures\":[]}", answer.toString(StandardCharsets.UTF_8), fn.id());
        } else if ("DynamoDB".equals(event.get("Type"))) {
            StreamsEventResponse r = (StreamsEventResponse) h.handleRequest(
                    EventLoader.loadDynamoDbEvent(sample.toString()), null);
            assertTrue(r.getBatchItemFailures().isEmpty(), fn.id() + " failed " + r.getBatchItemFailures());
        } else {
            h.handleRequest(EventLoader.loadScheduledEvent(sample.toString()), null);
        }
    }
}
