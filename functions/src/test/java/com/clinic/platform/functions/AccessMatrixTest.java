package com.clinic.platform.functions;

import static com.clinic.platform.functions.HttpEvents.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.clinic.clinical.functions.consultation.AttachVideoFunction;
import com.clinic.clinical.functions.consultation.RequestVideoUploadFunction;
import com.clinic.clinical.functions.itemsheet.AttachSignedSheetFunction;
import com.clinic.clinical.functions.itemsheet.PrintItemSheetFunction;
import com.clinic.clinical.functions.itemsheet.RequestSignedSheetUploadFunction;
import com.clinic.clinical.functions.photos.ListPhotosFunction;
import com.clinic.frontoffice.functions.dispatch.GetVisitFunction;
import com.clinic.frontoffice.functions.pickup.ConfirmPickUpFunction;
import com.clinic.journey.visit.Visit;
import com.clinic.journey.visit.VisitStage;
import com.clinic.platform.Role;
import com.clinic.platform.api.ApiFunction;
import com.clinic.printing.PrintJob;
import com.clinic.printing.PrintJobs;
import com.clinic.printing.PrintKind;
import com.clinic.printing.functions.GetPrintJobFunction;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Need-to-know, as a matrix over HTTP events: who reaches which visit (an action on a visit that is not the
 * caller's business answers exactly as an unknown code does), and which parts of a visit each role is shown.
 */
class AccessMatrixTest {
    static final Instant NOW = Instant.parse("2026-11-22T08:30:00Z");
    static TestCloud cloud;
    static JsonMapper json;
    static Map<VisitStage, Visit> at = new HashMap<>();
    static String jobId;

    @BeforeAll
    static void seed() {
        cloud = TestCloud.get();
        json = cloud.context.getBean(JsonMapper.class);
        Journeys j = new Journeys(cloud.context, NOW);
        List<VisitStage> stages = List.of(VisitStage.DRIVER_ASSIGNED, VisitStage.ARRIVED,
                VisitStage.IN_CONSULTATION, VisitStage.PRICE_APPROVED, VisitStage.PAID);
        for (int i = 0; i < stages.size(); i++) {
            at.put(stages.get(i), j.seed("V261125-M" + i + "AAAA", stages.get(i)));
        }
        PrintJob job = PrintJob.queued("access-" + System.nanoTime(), PrintKind.ITEM_SHEET,
                at.get(VisitStage.PRICE_APPROVED).code(), Journeys.STAFF, NOW);
        cloud.context.getBean(PrintJobs.class).create(job);
        jobId = job.id();
    }

    record Caller(String id, Role... roles) {
    }

    static final Caller FENG = new Caller(Journeys.CONSULTANT.id(), Role.CONSULTANT);
    static final Caller HE = new Caller(Journeys.CONSULTANT2.id(), Role.CONSULTANT);
    static final Caller SUN = new Caller(Journeys.DRIVER1.id(), Role.DRIVER);
    static final Caller LI = new Caller(Journeys.DRIVER2.id(), Role.DRIVER);

    static APIGatewayV2HTTPResponse call(Function<ApplicationContext, ApiFunction> fn, String method, String path,
                                         Map<String, String> params, String body, String version, Caller c) {
        APIGatewayV2HTTPEvent e = event(method, path, params, body, c.id(), c.roles());
        if (version != null) {
            e.getHeaders().put("if-match", "\"" + version + "\"");
        }
        return fn.apply(cloud.context).handleRequest(e, null);
    }

    static APIGatewayV2HTTPResponse onVisit(Function<ApplicationContext, ApiFunction> fn, String method, String suffix,
                                            Visit v, String body, boolean versioned, Caller c) {
        return call(fn, method, "/visits/" + v.code() + suffix, Map.of("code", v.code()), body,
                versioned ? Long.toString(v.version()) : null, c);
    }

    /** What a prober sees for a code that does not exist, to compare a refusal with. */
    static String unknown(Function<ApplicationContext, ApiFunction> fn, String method, String suffix, String body,
                          Caller c) throws Exception {
        APIGatewayV2HTTPResponse r = call(fn, method, "/visits/V261125-ZZZZZZ" + suffix,
                Map.of("code", "V261125-ZZZZZZ"), body, "1", c);
        assertEquals(404, r.getStatusCode());
        return json.readValue(r.getBody(), JsonNode.class).get("type").getStringValue();
    }

    static void assertLooksUnknown(APIGatewayV2HTTPResponse r, String unknownType, String what) throws Exception {
        assertEquals(404, r.getStatusCode(), what + ": " + r.getBody());
        assertEquals(unknownType, json.readValue(r.getBody(), JsonNode.class).get("type").getStringValue(), what);
        assertFalse(r.getBody().contains("张丽") || r.getBody().contains("139"), what + " leaks the customer");
    }

    @Test
    void aSecondConsultantCannotReachAnotherConsultantsCustomer() throws Exception {
        Visit receiving = at.get(VisitStage.IN_CONSULTATION);
        Visit priced = at.get(VisitStage.PRICE_APPROVED);
        String notFound = unknown(GetVisitFunction::new, "GET", "", null, HE);
        String upload = "{\"contentType\":\"video/mp4\",\"size\":3,\"md5\":\"1B2M2Y8AsgTpgAmY7PhCfg==\"}";
        String sheet = "{\"contentType\":\"application/pdf\",\"size\":3,\"md5\":\"1B2M2Y8AsgTpgAmY7PhCfg==\"}";
        assertLooksUnknown(onVisit(GetVisitFunction::new, "GET", "", receiving, null, false, HE), notFound, "read");
        assertLooksUnknown(onVisit(RequestVideoUploadFunction::new, "POST", "/consultation/video-uploads", receiving,
                upload, false, HE), notFound, "video upload link");
        assertLooksUnknown(onVisit(AttachVideoFunction::new, "POST", "/consultation/video", receiving,
                "{\"key\":\"visits/" + receiving.code() + "/consultation/x/y.mp4\"}", true, HE), notFound, "video");
        assertLooksUnknown(onVisit(RequestSignedSheetUploadFunction::new, "POST", "/signed-sheet-uploads", priced,
                sheet, false, HE), notFound, "signed sheet link");
        assertLooksUnknown(onVisit(AttachSignedSheetFunction::new, "POST", "/signed-sheet", priced,
                "{\"key\":\"visits/" + priced.code() + "/signed-sheet/x.pdf\"}", true, HE), notFound, "signed sheet");
        assertLooksUnknown(onVisit(PrintItemSheetFunction::new, "POST", "/item-sheet-prints", priced, null, false,
                HE), notFound, "item sheet print");
        assertLooksUnknown(onVisit(ListPhotosFunction::new, "GET", "/photos", receiving, null, false, HE), notFound,
                "photos");
        APIGatewayV2HTTPResponse job = call(GetPrintJobFunction::new, "GET", "/print-jobs/" + jobId,
                Map.of("id", jobId), null, null, HE);
        assertEquals(404, job.getStatusCode(), "another consultant's print job and its PDF");
        assertEquals(200, call(GetPrintJobFunction::new, "GET", "/print-jobs/" + jobId, Map.of("id", jobId), null,
                null, FENG).getStatusCode());
        assertEquals(200, onVisit(GetVisitFunction::new, "GET", "", receiving, null, false, FENG).getStatusCode());
    }

    @Test
    void aDriverSeesOnlyTheirOwnPickUpAndOnlyUntilTheHandOver() throws Exception {
        Visit assigned = at.get(VisitStage.DRIVER_ASSIGNED);
        String notFound = unknown(ConfirmPickUpFunction::new, "POST", "/pick-up", null, LI);
        assertLooksUnknown(onVisit(ConfirmPickUpFunction::new, "POST", "/pick-up", assigned, null, true, LI),
                notFound, "another driver's pick-up");
        assertLooksUnknown(onVisit(GetVisitFunction::new, "GET", "", assigned, null, false, LI), notFound,
                "another driver's customer");
        JsonNode mine = body(onVisit(GetVisitFunction::new, "GET", "", assigned, null, false, SUN));
        assertTrue(mine.get("customer").get("phone").getStringValue().matches("1\\d{10}"), "the driver calls");
        assertTrue(mine.get("arrival").isObject());
        for (String withheld : List.of("order", "money", "payments", "photos", "exams", "consultation")) {
            assertTrue(mine.get(withheld) == null || mine.get(withheld).isNull(), withheld + " shown to a driver");
        }
        assertLooksUnknown(onVisit(GetVisitFunction::new, "GET", "", at.get(VisitStage.ARRIVED), null, false, SUN),
                unknown(GetVisitFunction::new, "GET", "", null, SUN), "after the hand-over");
    }

    /** The parts of a paid visit each role is shown: present, masked or withheld. */
    @Test
    void eachRoleSeesThePartsItsWorkNeeds() throws Exception {
        Visit paid = at.get(VisitStage.PAID);
        Map<Role, List<String>> shown = Map.of(
                Role.FRONT_DESK, List.of("customer.gender", "arrival", "money", "payments", "order"),
                Role.PHOTO_ROOM, List.of("customer.gender", "photos"),
                Role.LAB, List.of("customer.gender", "exams"),
                Role.DISPATCHER, List.of("arrival", "driver"),
                Role.SUPER_ADMIN, List.of("customer.gender", "arrival", "money", "payments", "order", "photos",
                        "exams", "consultation"),
                Role.AFTER_SALES, List.of("customer.gender", "arrival", "money", "payments", "order", "photos",
                        "exams", "consultation"));
        Map<Role, List<String>> withheld = Map.of(
                Role.FRONT_DESK, List.of("photos", "exams", "consultation", "customer.wantedItems"),
                Role.PHOTO_ROOM, List.of("customer.phone", "arrival", "money", "payments", "order", "exams"),
                Role.LAB, List.of("customer.phone", "arrival", "money", "order", "photos"),
                Role.DISPATCHER, List.of("money", "payments", "order", "photos", "exams", "customer.gender"),
                Role.SUPER_ADMIN, List.of(),
                Role.AFTER_SALES, List.of());
        Map<Role, String> phone = Map.of(Role.FRONT_DESK, "masked", Role.DISPATCHER, "masked",
                Role.SUPER_ADMIN, "full", Role.AFTER_SALES, "full", Role.PHOTO_ROOM, "none", Role.LAB, "none");
        for (Role role : shown.keySet()) {
            JsonNode v = body(onVisit(GetVisitFunction::new, "GET", "", paid, null, false,
                    new Caller("matrix-" + role, role)));
            for (String part : shown.get(role)) {
                assertTrue(present(v, part), role + " should see " + part);
            }
            for (String part : withheld.get(role)) {
                assertFalse(present(v, part), role + " should not see " + part);
            }
            JsonNode p = v.get("customer").get("phone");
            String shape = p == null || p.isNull() ? "none"
                    : p.getStringValue().contains("****") ? "masked" : "full";
            assertEquals(phone.get(role), shape, role + "'s view of the phone");
        }
        JsonNode consultant = body(onVisit(GetVisitFunction::new, "GET", "", paid, null, false, FENG));
        assertTrue(present(consultant, "order") && !present(consultant, "payments"),
                "the consultant bills, the cashier takes the money");
    }

    private static boolean present(JsonNode v, String path) {
        JsonNode n = v;
        for (String step : path.split("\\.")) {
            n = n == null ? null : n.get(step);
        }
        return n != null && !n.isNull();
    }

    private static JsonNode body(APIGatewayV2HTTPResponse r) throws Exception {
        assertEquals(200, r.getStatusCode(), r.getBody());
        return json.readValue(r.getBody(), JsonNode.class);
    }
}
