package com.clinic.platform.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.clinic.emulators.Template.HttpRoute;
import com.clinic.emulators.Template.Resource;
import com.clinic.emulators.Template;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
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
            JsonNode r = streamed(h, sample);
            int status = r.path("statusCode").asInt();
            assertTrue(status / 100 == 2, fn.id() + " answered " + r);
            OpenApi.assertConforms(e.getRouteKey(), status, r.path("headers").path("Content-Type").asText(),
                    r.path("body").isNull() ? null : r.path("body").asText());
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
            assertEquals("{\"batchItemFailures\":[]}", streamed(h, sample).toString(), fn.id());
        } else if ("DynamoDB".equals(event.get("Type"))) {
            StreamsEventResponse r = (StreamsEventResponse) h.handleRequest(
                    EventLoader.loadDynamoDbEvent(sample.toString()), null);
            assertTrue(r.getBatchItemFailures().isEmpty(), fn.id() + " failed " + r.getBatchItemFailures());
        } else {
            h.handleRequest(EventLoader.loadScheduledEvent(sample.toString()), null);
        }
    }

    /** As Lambda calls an HTTP function or a queue worker: the sample's bytes in, the answer's bytes out. */
    private static JsonNode streamed(Object handler, Path sample) throws Exception {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        try (InputStream in = Files.newInputStream(sample)) {
            ((RequestStreamHandler) handler).handleRequest(in, answer, null);
        }
        return new ObjectMapper().readTree(answer.toByteArray());
    }
}
