package com.clinic.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.clinic.emulators.Template;
import com.clinic.emulators.Template.Resource;
import com.clinic.model.exam.QuarantinedFile;
import com.clinic.model.port.ExamQuarantine;
import com.clinic.model.port.FileStore;
import com.clinic.model.port.PrintJobs;
import com.clinic.model.print.PrintJob;
import com.clinic.model.print.PrintKind;
import com.clinic.model.visit.Visit;
import com.clinic.model.visit.VisitStage;
import java.util.LinkedHashMap;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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
    static final Instant SAMPLE_DAY = Instant.parse("2026-11-22T08:30:00Z");
    static TestCloud cloud;

    @BeforeAll
    static void seed() {
        cloud = TestCloud.get();
        cloud.clock.setTo(SAMPLE_DAY);
        Journeys j = new Journeys(cloud.context, SAMPLE_DAY);
        Map<String, VisitStage> at = new LinkedHashMap<>();
        at.put("V261123-A1B2C3", VisitStage.BOOKED);
        for (String code : List.of("V261123-D4E5F6", "V261123-G7H8J9")) {
            at.put(code, VisitStage.DRIVER_ASSIGNED);
        }
        at.put("V261123-H1J2K3", VisitStage.PICKED_UP);
        for (String code : List.of("V261123-K2M4N6", "V261123-K2M4N7", "V261123-K2M4N8", "V261123-P3Q5R7",
                "V261123-R4S6T8", "V261123-L1M3N5")) {
            at.put(code, VisitStage.ARRIVED);
        }
        for (String code : List.of("V261123-S8T9V1", "V261123-S8T9V2")) {
            at.put(code, VisitStage.TRIAGED);
        }
        for (String code : List.of("V261123-W2X4Y6", "V261123-W2X4Y7")) {
            at.put(code, VisitStage.IN_CONSULTATION);
        }
        at.put("V261123-Z3A5B7", VisitStage.PRICE_REVIEW);
        for (String code : List.of("V261123-C8D9E1", "V261123-C8D9E2")) {
            at.put(code, VisitStage.PRICE_APPROVED);
        }
        for (String code : List.of("V261123-F2G4H6", "V261123-J7K8M9")) {
            at.put(code, VisitStage.PAID);
        }
        at.put("V261123-J7K8N1", VisitStage.ADMITTED);
        Map<String, Visit> seeded = new LinkedHashMap<>();
        at.forEach((code, stage) -> seeded.put(code, j.seed(code, stage)));
        j.apply(seeded.get("V261123-F2G4H6"), v -> v.reviewPrices(Map.of(0, 1_200_000L), Journeys.STAFF, SAMPLE_DAY));
        j.apply(seeded.get("V261123-L1M3N5"), v -> v.reject("暂不手术", Journeys.STAFF, SAMPLE_DAY));
        ExamQuarantine quarantine = cloud.context.getBean(ExamQuarantine.class);
        for (String key : List.of("exam-inbox/V261199-UNKNWN/blood.pdf", "exam-inbox/V261199-UNKNWN/urine.pdf")) {
            quarantine.keep(QuarantinedFile.of(key, 3, "no visit V261199-UNKNWN", SAMPLE_DAY));
        }
        FileStore files = cloud.context.getBean(FileStore.class);
        for (String key : List.of("visits/V261123-K2M4N7/photos/sample-front.jpg",
                "visits/V261123-W2X4Y6/consultation/session-w2x4y6/3f2a9c1e.mp4",
                "visits/V261123-C8D9E1/signed-sheet/sample-signed.pdf")) {
            files.put(key, new byte[] {1, 2, 3}, "application/octet-stream");
        }
        cloud.context.getBean(PrintJobs.class).create(PrintJob.queued("4f6c2a9e-7d1b-4c3e-9a8f-1b2c3d4e5f60",
                PrintKind.BARCODE_LABEL, "V261123-K2M4N6", Journeys.STAFF, SAMPLE_DAY));
    }

    @AfterAll
    static void resetClock() {
        cloud.clock.reset();
    }

    static Stream<Resource> functions() {
        return Template.loadDefault().resourcesOfType("AWS::Serverless::Function").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("functions")
    @SuppressWarnings({"unchecked", "rawtypes"})
    void sampleEventSucceeds(Resource fn) throws Exception {
        Path sample = EVENTS.resolve(fn.id() + ".json");
        assertTrue(Files.exists(sample), "events/" + fn.id() + ".json is missing");
        String handler = (String) fn.properties().get("Handler");
        RequestHandler h = (RequestHandler) Class.forName(handler.substring(0, handler.indexOf("::")))
                .getConstructor(ApplicationContext.class).newInstance(cloud.context);
        Map<String, Object> events = (Map<String, Object>) fn.properties().get("Events");
        if (events == null) {
            // A timer target: the sample is the schedule's payload.
            Object fired = h.handleRequest(EventLoader.loadEvent(sample.toString(), Map.class), null);
            assertEquals(Boolean.TRUE, fired, fn.id());
            return;
        }
        Map<String, Object> event = (Map<String, Object>) events.values().iterator().next();
        if ("HttpApi".equals(event.get("Type"))) {
            APIGatewayV2HTTPEvent e = EventLoader.loadApiGatewayHttpEvent(sample.toString());
            Map<String, Object> p = (Map<String, Object>) event.get("Properties");
            assertEquals(p.get("Method") + " " + p.get("Path"), e.getRouteKey());
            APIGatewayV2HTTPResponse r = (APIGatewayV2HTTPResponse) h.handleRequest(e, null);
            assertTrue(r.getStatusCode() / 100 == 2, fn.id() + " answered " + r.getStatusCode() + " " + r.getBody());
            OpenApi.assertConforms(e.getRouteKey(), r.getStatusCode(), r.getHeaders().get("Content-Type"),
                    r.getBody());
        } else if ("SQS".equals(event.get("Type"))) {
            SQSEvent e = EventLoader.loadSQSEvent(sample.toString());
            SQSBatchResponse r = (SQSBatchResponse) h.handleRequest(e, null);
            assertTrue(r.getBatchItemFailures().isEmpty(), fn.id() + " failed " + r.getBatchItemFailures());
        } else if ("DynamoDB".equals(event.get("Type"))) {
            StreamsEventResponse r = (StreamsEventResponse) h.handleRequest(
                    EventLoader.loadDynamoDbEvent(sample.toString()), null);
            assertTrue(r.getBatchItemFailures().isEmpty(), fn.id() + " failed " + r.getBatchItemFailures());
        } else {
            h.handleRequest(EventLoader.loadScheduledEvent(sample.toString()), null);
        }
    }
}
