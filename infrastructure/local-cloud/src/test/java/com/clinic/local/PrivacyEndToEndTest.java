package com.clinic.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The customer's rights under PIPL over HTTP against the local cloud (README "Who sees what"): her consent is
 * recorded with the data it covers, kept with its history, withdrawn on her request, and in her timeline.
 */
class PrivacyEndToEndTest {
    static final AtomicInteger PHONES = new AtomicInteger((int) (System.nanoTime() % 1_000_000) + 500_000);
    static ApiClient api;

    @BeforeAll
    static void start() throws Exception {
        api = ApiClient.shared();
    }

    static String phone() {
        return "135" + String.format("%08d", PHONES.incrementAndGet() % 100_000_000);
    }

    static String walkIn(String phone, String consent) {
        return "{\"name\":\"林青\",\"phone\":\"" + phone + "\",\"gender\":\"FEMALE\",\"age\":35,\"source\":\"小红书\""
                + (consent == null ? "" : ",\"consent\":" + consent) + "}";
    }

    @Test
    void aConsentComesWithTheDataItCoversAndIsKeptWhenWithdrawn() throws Exception {
        String phone = phone();
        HttpResponse<String> bad = api.call("POST", "/walk-ins", "frontdesk", walkIn(phone,
                "{\"textVersion\":\"1999-01\",\"purposes\":[\"SERVICE\",\"ADVERTS\"]}"));
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(bad.body().contains("consent.textVersion") && bad.body().contains("consent.purposes[1]")
                || bad.body().contains("consent.purposes"), bad.body());
        assertEquals(404, api.call("GET", "/customers/" + phone + "/consents", "aftersales", null).statusCode(),
                "a refused walk-in records no consent");
        String nothing = api.call("GET", "/customers/" + phone + "/timeline", "aftersales", null).body();
        assertTrue(!nothing.contains("\"kind\":\"visit\""), "and registers no visit: " + nothing);

        String consent = "{\"textVersion\":\"2026-12\",\"purposes\":[\"SERVICE\",\"SENSITIVE\",\"MARKETING\"]}";
        HttpResponse<String> in = api.call("POST", "/walk-ins", "frontdesk", walkIn(phone, consent),
                "Idempotency-Key", "walk-in-" + phone);
        assertEquals(201, in.statusCode(), in.body());
        assertEquals(201, api.call("POST", "/walk-ins", "frontdesk", walkIn(phone, consent),
                "Idempotency-Key", "walk-in-" + phone).statusCode(), "a retry");
        HttpResponse<String> read = api.call("GET", "/customers/" + phone + "/consents", "aftersales", null);
        assertEquals(200, read.statusCode(), read.body());
        assertEquals("\"1\"", read.headers().firstValue("ETag").orElseThrow(), "the retry recorded nothing twice");
        assertTrue(read.body().contains("\"inForce\":[\"MARKETING\",\"SENSITIVE\",\"SERVICE\"]")
                && read.body().contains("\"channel\":\"WALK_IN\""), read.body());

        assertEquals(403, api.call("GET", "/customers/" + phone + "/consents", "driver1", null).statusCode());
        assertEquals(403, api.call("POST", "/customers/" + phone + "/consents/withdrawal", "consultant",
                "{\"purposes\":[\"MARKETING\"]}", "If-Match", "\"1\"").statusCode());
        HttpResponse<String> notInForce = api.call("POST", "/customers/" + phone + "/consents/withdrawal",
                "aftersales", "{\"purposes\":[\"MARKETING\",\"TELEMARKETING\"]}", "If-Match", "\"1\"");
        assertEquals(400, notInForce.statusCode(), notInForce.body());
        HttpResponse<String> withdrawn = api.call("POST", "/customers/" + phone + "/consents/withdrawal",
                "aftersales", "{\"purposes\":[\"MARKETING\"]}", "If-Match", "\"1\"");
        assertEquals(200, withdrawn.statusCode(), withdrawn.body());
        assertTrue(withdrawn.body().contains("\"inForce\":[\"SENSITIVE\",\"SERVICE\"]")
                && withdrawn.body().contains("\"withdrawnBy\":{\"id\":\"demo-aftersales\""), withdrawn.body());
        HttpResponse<String> again = api.call("POST", "/customers/" + phone + "/consents/withdrawal",
                "aftersales", "{\"purposes\":[\"MARKETING\"]}", "If-Match", "\"2\"");
        assertEquals(400, again.statusCode(), "not in force any more: " + again.body());

        HttpResponse<String> paper = api.call("POST", "/customers/" + phone + "/consents", "aftersales",
                "{\"textVersion\":\"2026-12\",\"purposes\":[\"MARKETING\"]}", "If-Match", "\"2\"");
        assertEquals(200, paper.statusCode(), paper.body());
        assertTrue(paper.body().contains("\"channel\":\"PAPER\"") && paper.body().contains("\"version\":3"),
                paper.body());

        String timeline = api.call("GET", "/customers/" + phone + "/timeline?limit=20", "aftersales", null).body();
        assertTrue(timeline.contains("\"kind\":\"consent\"") && timeline.contains("撤回同意 [MARKETING]"), timeline);
    }
}
