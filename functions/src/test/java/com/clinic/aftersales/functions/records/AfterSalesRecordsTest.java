package com.clinic.aftersales.functions.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.clinic.journey.visit.Consultation;
import com.clinic.journey.visit.Visit;
import com.clinic.journey.visit.VisitStage;
import com.clinic.platform.Role;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.functions.HttpEvents;
import com.clinic.platform.functions.Journeys;
import com.clinic.platform.functions.TestCloud;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * C-27 入院记录 and C-28 咨询视频 across visits: an admission and an attached video are listed in their Shanghai
 * month, newest first, for after-sales and the super admin; a visit not yet admitted is not.
 */
class AfterSalesRecordsTest {
    static final TestCloud CLOUD = TestCloud.get();
    static final Instant DAY = Instant.parse("2026-10-14T02:00:00Z");

    @Test
    void anAdmissionIsListedInItsMonth() {
        Journeys journeys = new Journeys(CLOUD.context, DAY);
        String code = "V261014-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String waiting = "V261014-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        journeys.seed(code, VisitStage.ADMITTED);
        journeys.seed(waiting, VisitStage.PAID);
        ListAdmissionsFunction list = new ListAdmissionsFunction(CLOUD.context);
        String october = list(list, "/after-sales/admissions", "2026-10", Role.AFTER_SALES).getBody();
        assertTrue(october.contains("\"visitCode\":\"" + code + "\""), october);
        assertTrue(october.contains("\"operationDate\":\"2026-11-24\""), october);
        assertFalse(october.contains(waiting), "paid but not admitted");
        assertFalse(list(list, "/after-sales/admissions", "2026-09", Role.SUPER_ADMIN).getBody().contains(code));
        assertEquals(400, list(list, "/after-sales/admissions", "2026-1", Role.AFTER_SALES).getStatusCode());
        assertEquals(403, list(list, "/after-sales/admissions", "2026-10", Role.CONSULTANT).getStatusCode());
    }

    @Test
    void anAttachedVideoIsListedWithItsConsultant() {
        Journeys journeys = new Journeys(CLOUD.context, DAY);
        String code = "V261014-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Visit v = journeys.seed(code, VisitStage.IN_CONSULTATION);
        ListConsultationVideosFunction list = new ListConsultationVideosFunction(CLOUD.context);
        assertFalse(list(list, "/after-sales/consultation-videos", "2026-10", Role.AFTER_SALES).getBody()
                .contains(code), "no video yet");
        journeys.apply(v, x -> x.reception().attachVideo(Consultation.videoFolder(code, x.consultation().sessionId())
                + "3f2a9c1e.mp4", Journeys.CONSULTANT.ref(), DAY));
        String october = list(list, "/after-sales/consultation-videos", "2026-10", Role.AFTER_SALES).getBody();
        assertTrue(october.contains("\"visitCode\":\"" + code + "\",\"customerName\":\"张丽\",\"consultant\":{\"id\":\""
                + Journeys.CONSULTANT.id() + "\""), october);
    }

    @Test
    void aCompanionIsAddedOncePerKeyAndListed() {
        Journeys journeys = new Journeys(CLOUD.context, DAY);
        String code = "V261014-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        journeys.seed(code, VisitStage.ARRIVED);
        CLOUD.clock.setTo(DAY);
        try {
            AddCompanionFunction add = new AddCompanionFunction(CLOUD.context);
            String key = UUID.randomUUID().toString();
            for (int i = 0; i < 2; i++) {
                assertEquals(201, add(add, code, "{\"name\":\"李华\",\"relation\":\"朋友\",\"phone\":\"138 0013 8000\"}",
                        key).getStatusCode());
            }
            APIGatewayV2HTTPResponse bad = add(add, code, "{\"name\":\"\",\"relation\":\"朋友\",\"phone\":\"12345\"}",
                    UUID.randomUUID().toString());
            assertEquals(400, bad.getStatusCode());
            assertTrue(bad.getBody().contains("\"field\":\"name\"") && bad.getBody().contains("\"field\":\"phone\""),
                    bad.getBody());
            String october = list(new ListCompanionsFunction(CLOUD.context), "/after-sales/companions", "2026-10",
                    Role.AFTER_SALES).getBody();
            assertEquals(1, october.split("\"visitCode\":\"" + code + "\"", -1).length - 1, "added once: " + october);
            assertTrue(october.contains("\"phone\":\"13800138000\""), october);
        } finally {
            CLOUD.clock.reset();
        }
    }

    private static APIGatewayV2HTTPResponse add(AddCompanionFunction fn, String code, String body, String key) {
        APIGatewayV2HTTPEvent e = HttpEvents.event("POST", "/visits/" + code + "/companions", Map.of("code", code),
                body, "demo-frontdesk", Role.FRONT_DESK);
        e.getHeaders().put("idempotency-key", key);
        return fn.handleRequest(e, null);
    }

    private static APIGatewayV2HTTPResponse list(ApiFunction fn, String path, String month, Role role) {
        APIGatewayV2HTTPEvent e = HttpEvents.event("GET", path, null, null, "demo-aftersales", role);
        e.setQueryStringParameters(Map.of("month", month));
        e.setHeaders(new java.util.HashMap<>());
        return fn.handleRequest(e, null);
    }
}
