package com.clinic.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.clinic.emulators.Template;
import com.clinic.emulators.Template.Resource;
import com.clinic.model.Role;
import com.clinic.model.StaffRef;
import com.clinic.model.port.StaffDirectory;
import com.clinic.model.port.VisitStore;
import com.clinic.model.staff.StaffMember;
import com.clinic.model.visit.ArrivalPlan;
import com.clinic.model.visit.BookingForm.BookAppointment;
import com.clinic.model.visit.CustomerProfile;
import com.clinic.model.visit.Decision.Accepted;
import com.clinic.model.visit.Gender;
import com.clinic.model.visit.TransportMode;
import com.clinic.model.visit.Visit;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        StaffDirectory staff = cloud.context.getBean(StaffDirectory.class);
        StaffMember driver1 = new StaffMember("demo-driver1", "孙师傅", "13900000003", Set.of(Role.DRIVER), true);
        staff.save(driver1);
        staff.save(new StaffMember("demo-driver2", "李师傅", "13900000004", Set.of(Role.DRIVER), true));
        StaffRef dispatcher = new StaffRef("demo-dispatcher", "钱调度");
        VisitStore visits = cloud.context.getBean(VisitStore.class);
        for (String code : List.of("V261123-A1B2C3", "V261123-D4E5F6", "V261123-G7H8J9")) {
            Accepted booked = Visit.book(code, new BookAppointment(
                    new CustomerProfile("张丽", "13912345678", Gender.FEMALE, 32, List.of(), null, null),
                    new ArrivalPlan(Instant.parse("2026-11-23T06:30:00Z"), TransportMode.FLIGHT, "CA4102", "T2")),
                    new StaffRef("demo-sales", "赵开发"), SAMPLE_DAY);
            visits.create(booked.after(), audit(booked), null);
            if (!code.endsWith("A1B2C3")) {
                Accepted assigned = booked.after().assignDriver(driver1, dispatcher, null, SAMPLE_DAY).orThrow();
                visits.update(booked.after(), assigned.after(), audit(assigned), null);
            }
        }
    }

    @AfterAll
    static void resetClock() {
        cloud.clock.reset();
    }

    private static com.clinic.model.AuditRecord audit(Accepted a) {
        return new com.clinic.model.AuditRecord(a.after().code(), a.event().at(), a.event().by(), Set.of(),
                a.event().action(), null, a.after().stage().name(), a.event().summary());
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
        Map<String, Object> event = (Map<String, Object>) ((Map<String, Object>) fn.properties().get("Events"))
                .values().iterator().next();
        if ("HttpApi".equals(event.get("Type"))) {
            APIGatewayV2HTTPEvent e = EventLoader.loadApiGatewayHttpEvent(sample.toString());
            Map<String, Object> p = (Map<String, Object>) event.get("Properties");
            assertEquals(p.get("Method") + " " + p.get("Path"), e.getRouteKey());
            APIGatewayV2HTTPResponse r = (APIGatewayV2HTTPResponse) h.handleRequest(e, null);
            assertTrue(r.getStatusCode() / 100 == 2, fn.id() + " answered " + r.getStatusCode() + " " + r.getBody());
            OpenApi.assertConforms(e.getRouteKey(), r.getStatusCode(), r.getHeaders().get("Content-Type"),
                    r.getBody());
        } else {
            SQSEvent e = EventLoader.loadSQSEvent(sample.toString());
            SQSBatchResponse r = (SQSBatchResponse) h.handleRequest(e, null);
            assertTrue(r.getBatchItemFailures().isEmpty(), fn.id() + " failed " + r.getBatchItemFailures());
        }
    }
}
