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
        journeys.apply(v, x -> x.attachVideo(Consultation.videoFolder(code, x.consultation().sessionId())
                + "3f2a9c1e.mp4", Journeys.CONSULTANT.ref(), DAY));
        String october = list(list, "/after-sales/consultation-videos", "2026-10", Role.AFTER_SALES).getBody();
        assertTrue(october.contains("\"visitCode\":\"" + code + "\",\"customerName\":\"张丽\",\"consultant\":{\"id\":\""
                + Journeys.CONSULTANT.id() + "\""), october);
    }

    private static APIGatewayV2HTTPResponse list(ApiFunction fn, String path, String month, Role role) {
        APIGatewayV2HTTPEvent e = HttpEvents.event("GET", path, null, null, "demo-aftersales", role);
        e.setQueryStringParameters(Map.of("month", month));
        e.setHeaders(new java.util.HashMap<>());
        return fn.handleRequest(e, null);
    }
}
