package com.clinic.frontoffice.functions.dispatch;

import static com.clinic.platform.functions.HttpEvents.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.clinic.frontoffice.functions.booking.BookAppointmentFunction;
import com.clinic.frontoffice.functions.pickup.ConfirmPickUpFunction;
import com.clinic.frontoffice.functions.pickup.ListMyPickupsFunction;
import com.clinic.journey.VisitStore;
import com.clinic.platform.Role;
import com.clinic.platform.functions.OpenApi;
import com.clinic.platform.functions.TestCloud;
import com.clinic.platform.staff.StaffDirectory;
import com.clinic.platform.staff.StaffMember;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The C-01…C-04 handlers against DynamoDB Local and ElasticMQ, invoked with API Gateway v2 events. */
class DispatchFunctionsTest {
    static TestCloud cloud;
    static JsonMapper json;
    static String driverA;
    static String driverB;
    static String tomorrow;

    @BeforeAll
    static void start() {
        cloud = TestCloud.get();
        json = cloud.context.getBean(JsonMapper.class);
        StaffDirectory staff = cloud.context.getBean(StaffDirectory.class);
        driverA = "drv-" + UUID.randomUUID();
        driverB = "drv-" + UUID.randomUUID();
        staff.save(new StaffMember(driverA, "王师傅", "13800000001", Set.of(Role.DRIVER), true));
        staff.save(new StaffMember(driverB, "李师傅", "13800000002", Set.of(Role.DRIVER), true));
        tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString();
    }

    private static String booking(String phone) {
        return """
                {"customer":{"name":"张丽","phone":"%s","gender":"FEMALE","age":32,"wantedItems":["双眼皮"],
                 "source":"抖音 @meiyan","notes":"怕疼"},
                 "arrival":{"arrivalAt":"%sT14:30:00+08:00","mode":"FLIGHT","transportNo":"CA1234",
                 "station":"成都天府国际机场 T2"}}""".formatted(phone, tomorrow);
    }

    private static JsonNode body(APIGatewayV2HTTPResponse r) throws Exception {
        return json.readValue(r.getBody(), JsonNode.class);
    }

    private static APIGatewayV2HTTPResponse book(String body, String key) {
        APIGatewayV2HTTPEvent e = event("POST", "/visits", null, body, "sales-1", Role.SALES);
        if (key != null) {
            e.getHeaders().put("idempotency-key", key);
        }
        return new BookAppointmentFunction(cloud.context).handleRequest(e, null);
    }

    private static APIGatewayV2HTTPResponse driver(String method, String code, String version, String body) {
        APIGatewayV2HTTPEvent e = event(method, "/visits/" + code + "/driver", Map.of("code", code), body,
                "dispatcher-1", Role.DISPATCHER);
        if (version != null) {
            e.getHeaders().put("if-match", "\"" + version + "\"");
        }
        return "POST".equals(method)
                ? new AssignDriverFunction(cloud.context).handleRequest(e, null)
                : new ChangeDriverFunction(cloud.context).handleRequest(e, null);
    }

    @Test
    void booksAssignsChangesAndPicksUpWithAuditAndHistory() throws Exception {
        APIGatewayV2HTTPResponse booked = book(booking("13912345678"), null);
        assertEquals(201, booked.getStatusCode(), booked.getBody());
        JsonNode v = body(booked);
        String code = v.get("code").getStringValue();
        assertEquals("BOOKED", v.get("stage").getStringValue());
        assertEquals(tomorrow + "T14:30:00+08:00", v.get("arrival").get("arrivalAt").getStringValue());
        assertEquals("\"1\"", booked.getHeaders().get("ETag"));

        APIGatewayV2HTTPResponse assigned = driver("POST", code, "1", "{\"driverId\":\"" + driverA + "\"}");
        assertEquals(200, assigned.getStatusCode(), assigned.getBody());
        assertEquals("DRIVER_ASSIGNED", body(assigned).get("stage").getStringValue());

        APIGatewayV2HTTPResponse changed = driver("PUT", code, "2",
                "{\"driverId\":\"" + driverB + "\",\"reason\":\"王师傅临时有事\"}");
        assertEquals(200, changed.getStatusCode(), changed.getBody());
        JsonNode history = body(changed).get("driverHistory");
        assertEquals(2, history.size());
        assertEquals("王师傅临时有事", history.get(1).get("reason").getStringValue());

        APIGatewayV2HTTPEvent mine = event("GET", "/driver/pickups", null, null, driverB, Role.DRIVER);
        mine.setQueryStringParameters(Map.of("date", tomorrow));
        JsonNode day = body(new ListMyPickupsFunction(cloud.context).handleRequest(mine, null));
        assertTrue(day.get("items").size() >= 1);

        APIGatewayV2HTTPEvent pick = event("POST", "/visits/" + code + "/pick-up", Map.of("code", code), null,
                driverB, Role.DRIVER);
        pick.getHeaders().put("if-match", "\"3\"");
        APIGatewayV2HTTPResponse picked = new ConfirmPickUpFunction(cloud.context).handleRequest(pick, null);
        assertEquals(200, picked.getStatusCode(), picked.getBody());
        assertEquals("PICKED_UP", body(picked).get("stage").getStringValue());

        var trail = cloud.context.getBean(VisitStore.class).auditTrail(code);
        assertEquals(4, trail.size());
        assertEquals("CHANGE_DRIVER", trail.get(2).action());
        assertEquals("DRIVER_ASSIGNED", trail.get(2).fromStage());
        assertEquals("dispatcher-1", trail.get(2).actor().id());
    }

    @Test
    void staleVersionIsAConflictAndWritesNothing() throws Exception {
        String code = body(book(booking("13912345679"), null)).get("code").getStringValue();
        assertEquals(200, driver("POST", code, "1", "{\"driverId\":\"" + driverA + "\"}").getStatusCode());
        APIGatewayV2HTTPResponse late = driver("PUT", code, "1",
                "{\"driverId\":\"" + driverB + "\",\"reason\":\"换人\"}");
        assertEquals(409, late.getStatusCode());
        OpenApi.assertConforms("PUT /visits/{code}/driver", 409, late.getHeaders().get("Content-Type"),
                late.getBody());
        assertEquals("application/problem+json; charset=utf-8", late.getHeaders().get("Content-Type"));
        assertEquals(2, cloud.context.getBean(VisitStore.class).auditTrail(code).size());
    }

    @Test
    void updatesWithoutIfMatchAreRefused() throws Exception {
        String code = body(book(booking("13912345670"), null)).get("code").getStringValue();
        APIGatewayV2HTTPResponse r = driver("POST", code, null, "{\"driverId\":\"" + driverA + "\"}");
        assertEquals(428, r.getStatusCode());
        OpenApi.assertConforms("POST /visits/{code}/driver", 428, r.getHeaders().get("Content-Type"),
                r.getBody());
    }

    @Test
    void badInputNamesTheFieldAndWritesNothing() throws Exception {
        APIGatewayV2HTTPResponse r = book(booking("12345"), null);
        assertEquals(400, r.getStatusCode());
        assertEquals("customer.phone", body(r).get("errors").get(0).get("field").getStringValue());
        OpenApi.assertConforms("POST /visits", 400, r.getHeaders().get("Content-Type"), r.getBody());

        APIGatewayV2HTTPResponse noReason = driver("PUT", "V000000-NOSUCH", "1", "{\"driverId\":\"x\"}");
        assertEquals(400, noReason.getStatusCode());
        assertEquals("reason", body(noReason).get("errors").get(0).get("field").getStringValue());

        APIGatewayV2HTTPResponse notJson = book("{not json", null);
        assertEquals(400, notJson.getStatusCode());
        assertEquals("body", body(notJson).get("errors").get(0).get("field").getStringValue());
    }

    @Test
    void retriedBookingIsRecordedOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        java.io.PrintStream out = System.out;
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        APIGatewayV2HTTPResponse first;
        APIGatewayV2HTTPResponse again;
        System.setOut(new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            first = book(booking("13912345671"), key);
            again = book(booking("13912345671"), key);
        } finally {
            System.setOut(out);
        }
        assertEquals(1, printed.toString(java.nio.charset.StandardCharsets.UTF_8).lines()
                .filter(l -> l.contains("\"Bookings\":1")).count(), "one booking metric, none for the replay");
        assertEquals(201, again.getStatusCode());
        assertEquals(body(first).get("code").getStringValue(), body(again).get("code").getStringValue());
        assertEquals("true", again.getHeaders().get("Idempotent-Replayed"));
        assertEquals(422, book(booking("13912345672"), key).getStatusCode());
    }

    @Test
    void retriedAssignmentIsAppliedOnce() throws Exception {
        String code = body(book(booking("13912345673"), null)).get("code").getStringValue();
        String key = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            APIGatewayV2HTTPEvent e = event("POST", "/visits/" + code + "/driver", Map.of("code", code),
                    "{\"driverId\":\"" + driverA + "\"}", "dispatcher-1", Role.DISPATCHER);
            e.getHeaders().put("if-match", "1");
            e.getHeaders().put("idempotency-key", key);
            APIGatewayV2HTTPResponse r = new AssignDriverFunction(cloud.context).handleRequest(e, null);
            assertEquals(200, r.getStatusCode(), r.getBody());
        }
        assertEquals(2, cloud.context.getBean(VisitStore.class).auditTrail(code).size());
    }

    @Test
    void rolesAndTokensAreChecked() {
        APIGatewayV2HTTPEvent noToken = event("POST", "/visits", null, booking("13912345674"), null);
        assertEquals(401, new BookAppointmentFunction(cloud.context).handleRequest(noToken, null).getStatusCode());
        APIGatewayV2HTTPEvent driverBooking = event("POST", "/visits", null, booking("13912345674"), "d",
                Role.DRIVER);
        assertEquals(403, new BookAppointmentFunction(cloud.context).handleRequest(driverBooking, null)
                .getStatusCode());
    }

    @Test
    void unknownVisitIsNotFoundAndDriversSeeOnlyTheirOwn() throws Exception {
        APIGatewayV2HTTPEvent get = event("GET", "/visits/V000000-NOSUCH", Map.of("code", "V000000-NOSUCH"),
                null, "dispatcher-1", Role.DISPATCHER);
        assertEquals(404, new GetVisitFunction(cloud.context).handleRequest(get, null).getStatusCode());

        String code = body(book(booking("13912345675"), null)).get("code").getStringValue();
        APIGatewayV2HTTPEvent other = event("GET", "/visits/" + code, Map.of("code", code), null,
                driverB, Role.DRIVER);
        assertEquals(404, new GetVisitFunction(cloud.context).handleRequest(other, null).getStatusCode());
    }

    @Test
    void dispatcherListsArePagedQueries() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertEquals(201, book(booking("1391234568" + i), null).getStatusCode());
        }
        APIGatewayV2HTTPEvent list = event("GET", "/dispatch/unassigned", null, null, "dispatcher-1",
                Role.DISPATCHER);
        list.setQueryStringParameters(Map.of("limit", "2"));
        JsonNode page = body(new ListUnassignedAppointmentsFunction(cloud.context).handleRequest(list, null));
        assertEquals(2, page.get("items").size());
        assertNotNull(page.get("next"));
        list.setQueryStringParameters(Map.of("limit", "2", "next", page.get("next").getStringValue()));
        JsonNode second = body(new ListUnassignedAppointmentsFunction(cloud.context).handleRequest(list, null));
        assertTrue(second.get("items").size() >= 1);
        assertTrue(!second.get("items").get(0).get("code").getStringValue()
                .equals(page.get("items").get(0).get("code").getStringValue()));

        list.setQueryStringParameters(Map.of("next", "garbage"));
        assertEquals(400, new ListUnassignedAppointmentsFunction(cloud.context).handleRequest(list, null)
                .getStatusCode());
    }
}
