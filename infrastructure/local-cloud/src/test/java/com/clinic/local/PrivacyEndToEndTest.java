package com.clinic.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinic.emulators.Template;
import com.clinic.platform.Role;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The customer's rights under PIPL over HTTP against the local cloud (docs/privacy.md): her consent is
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

        // once she withdraws her consent to sensitive data, no photo is taken until she gives it again
        String v = "/visits/" + ApiClient.field(in.body(), "code");
        assertEquals(200, api.call("POST", v + "/arrival", "frontdesk", null, "If-Match",
                in.headers().firstValue("ETag").orElseThrow()).statusCode());
        assertEquals(200, api.call("POST", "/customers/" + phone + "/consents/withdrawal", "service",
                "{\"purposes\":[\"SENSITIVE\"]}", "If-Match", "\"3\"").statusCode());
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9};
        HttpResponse<String> refused = api.call("POST", v + "/photo-uploads", "photo",
                ClinicJourneyEndToEndTest.uploadRequest("image/jpeg", jpeg));
        assertEquals(409, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("withdrew her consent to sensitive data"), refused.body());
        assertEquals(200, api.call("POST", "/customers/" + phone + "/consents", "frontdesk",
                "{\"textVersion\":\"2026-12\",\"purposes\":[\"SENSITIVE\"]}", "If-Match", "\"4\"").statusCode());
        assertEquals(200, api.call("POST", v + "/photo-uploads", "photo",
                ClinicJourneyEndToEndTest.uploadRequest("image/jpeg", jpeg)).statusCode());
    }

    /** A paid walk-in with a photo, a complaint and a dispute: her visit's code. */
    static String paidVisit(String name, String phone, String source) throws Exception {
        HttpResponse<String> in = api.call("POST", "/walk-ins", "frontdesk", "{\"name\":\"" + name + "\",\"phone\":\""
                + phone + "\",\"gender\":\"FEMALE\",\"age\":30,\"source\":\"" + source + "\",\"consent\":"
                + "{\"textVersion\":\"2026-12\",\"purposes\":[\"SERVICE\",\"SENSITIVE\",\"MARKETING\"]}}");
        assertEquals(201, in.statusCode(), in.body());
        String code = ApiClient.field(in.body(), "code");
        String v = "/visits/" + code;
        String[] version = {in.headers().firstValue("ETag").orElseThrow()};
        step(version, "POST", v + "/arrival", "frontdesk", null);
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9};
        HttpResponse<String> ticket = api.call("POST", v + "/photo-uploads", "photo",
                ClinicJourneyEndToEndTest.uploadRequest("image/jpeg", jpeg));
        assertEquals(200, ClinicJourneyEndToEndTest.upload(ticket.body(), jpeg));
        step(version, "POST", v + "/photos", "photo", "{\"key\":\""
                + ApiClient.field(ticket.body(), "key") + "\"}");
        step(version, "POST", v + "/consultant", "admin", "{\"consultantId\":\"demo-consultant\"}");
        step(version, "POST", v + "/consultation", "consultant", null);
        step(version, "POST", v + "/order", "consultant",
                "{\"items\":[{\"catalogItemId\":\"double-eyelid\"}]}");
        step(version, "POST", v + "/price-review", "admin", null);
        step(version, "POST", v + "/payments", "frontdesk",
                "{\"lines\":[{\"method\":\"WECHAT_PAY\",\"amount\":1500000}]}");
        assertEquals(201, api.call("POST", "/complaints", "aftersales", "{\"customerName\":\"" + name + "\",\"phone\":\""
                + phone + "\",\"visitCode\":\"" + code + "\",\"staffId\":\"demo-consultant\",\"category\":\"ATTITUDE\","
                + "\"severity\":\"LOW\",\"description\":\"" + name + "说咨询时被催促\"}").statusCode());
        assertEquals(201, api.call("POST", "/disputes", "aftersales", "{\"customerName\":\"" + name + "\",\"phone\":\""
                + phone + "\",\"visitCode\":\"" + code + "\",\"description\":\"对消肿速度不满\"}").statusCode());
        return code;
    }

    /** A command on the visit with the version last seen (updated). */
    static void step(String[] version, String method, String path, String user, String body) throws Exception {
        HttpResponse<String> r = api.call(method, path, user, body, "If-Match", version[0]);
        assertEquals(200, r.statusCode(), method + " " + path + ": " + r.body());
        version[0] = r.headers().firstValue("ETag").orElseThrow();
    }

    /** What fetching the link in an answer's {@code url} gets. */
    static int status(String withLink) throws Exception {
        return ApiClient.HTTP.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                ApiClient.field(withLink, "url").replace("\\u0026", "&"))).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    static HttpResponse<String> request(String phone, String kind) throws Exception {
        HttpResponse<String> r = api.call("POST", "/privacy-requests", "aftersales",
                "{\"customer\":\"" + phone + "\",\"kind\":\"" + kind + "\"}");
        assertEquals(201, r.statusCode(), r.body());
        return r;
    }

    static HttpResponse<String> fulfil(HttpResponse<String> request) throws Exception {
        String id = ApiClient.field(request.body(), "id");
        assertEquals(403, api.call("POST", "/privacy-requests/" + id + "/fulfilment", "aftersales", null,
                "If-Match", "\"1\"").statusCode(), "only the super admin answers");
        HttpResponse<String> done = api.call("POST", "/privacy-requests/" + id + "/fulfilment", "admin", null,
                "If-Match", "\"1\"");
        assertEquals(200, done.statusCode(), done.body());
        return done;
    }

    @Test
    void herCopyHoldsEverythingAboutHerAsJsonAndAsAPdf() throws Exception {
        String phone = phone();
        String name = "欧阳" + phone.substring(7);
        String code = paidVisit(name, phone, "小红书@ouyang" + phone.substring(7));
        HttpResponse<String> asked = request(phone, "COPY");
        assertTrue(asked.body().contains("\"dueBy\"") && asked.body().contains("\"overdue\":false"), asked.body());
        String open = api.call("GET", "/privacy-requests?open=true&limit=100", "admin", null).body();
        assertTrue(open.contains(ApiClient.field(asked.body(), "id")), open);
        String done = fulfil(asked).body();
        assertTrue(done.contains("\"status\":\"FULFILLED\"") && done.contains("records copied"), done);
        String read = api.call("GET", "/privacy-requests/" + ApiClient.field(asked.body(), "id"), "aftersales", null)
                .body();
        String json = new String(ClinicJourneyEndToEndTest.download(read.substring(read.indexOf("\"copyJson\""))),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(json.contains(code) && json.contains(name) && json.contains(phone) && json.contains("\"consent\"")
                && json.contains("\"complaint\"") && json.contains("\"dispute\""), json);
        String job = ApiClient.field(read, "printJobId");
        String printed = "";
        for (int i = 0; i < 100 && !printed.contains("\"DONE\""); i++) {
            Thread.sleep(100);
            printed = api.call("GET", "/print-jobs/" + job, "admin", null).body();
        }
        assertTrue(printed.contains("\"DONE\""), printed);
        assertEquals(404, api.call("GET", "/print-jobs/" + job, "frontdesk", null).statusCode(),
                "her copy is printed for the super admin and after-sales only");
        byte[] pdf = ClinicJourneyEndToEndTest.download(printed.substring(printed.indexOf("\"download\"")));
        assertEquals("%PDF-", new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1));
        assertEquals(409, api.call("POST", "/privacy-requests/" + ApiClient.field(asked.body(), "id") + "/fulfilment",
                "admin", null, "If-Match", "\"2\"").statusCode(), "answered once");
    }

    @Test
    @SuppressWarnings("unchecked")
    void afterErasureNothingErasableIsReadableThroughAnyRoute() throws Exception {
        String phone = phone();
        String name = "司马" + phone.substring(7);
        String source = "抖音@sima" + phone.substring(7);
        String code = paidVisit(name, phone, source);
        String photos = api.call("GET", "/visits/" + code + "/photos", "photo", null).body();
        String photoLink = photos.substring(photos.indexOf("\"download\""));
        assertEquals(4, ClinicJourneyEndToEndTest.download(photoLink).length, "her photo, before");

        // a copy made for her before: its JSON and its PDF go with the rest
        HttpResponse<String> copy = request(phone, "COPY");
        fulfil(copy);
        String copyRead = api.call("GET", "/privacy-requests/" + ApiClient.field(copy.body(), "id"), "admin", null)
                .body();
        String copyJson = copyRead.substring(copyRead.indexOf("\"copyJson\""));
        String job = "";
        for (int i = 0; i < 100 && !job.contains("\"DONE\""); i++) {
            Thread.sleep(100);
            job = api.call("GET", "/print-jobs/" + ApiClient.field(copyRead, "printJobId"), "admin", null).body();
        }
        String copyPdf = job.substring(job.indexOf("\"download\""));
        assertEquals(200, status(copyPdf));

        HttpResponse<String> asked = request(phone, "ERASURE");
        String done = fulfil(asked).body();
        assertTrue(done.contains("\"status\":\"FULFILLED\"") && done.contains("deleted 3 files")
                && done.contains("kept without her identity") && done.contains("visit"), done);
        assertTrue(!done.contains(phone) && done.contains("\"customer\":\"ERASED-"), done);

        java.util.List<String[]> reads = java.util.List.of(
                new String[] {"/visits/" + code, "admin"},
                new String[] {"/visits/" + code + "/audit", "admin"},
                new String[] {"/visits/" + code + "/photos", "admin"},
                new String[] {"/customers/" + phone + "/consents", "aftersales"},
                new String[] {"/after-sales/disputes?phone=" + phone, "aftersales"},
                new String[] {"/after-sales/disputes?limit=100", "aftersales"},
                new String[] {"/after-sales/complaints?limit=100", "aftersales"},
                new String[] {"/after-sales/paying-customers?limit=100", "aftersales"},
                new String[] {"/after-sales/visitors?limit=100", "aftersales"},
                new String[] {"/front-desk/arrivals?date=" + com.clinic.platform.ShanghaiTime.dateOf(api.cloud().clock().instant()), "frontdesk"},
                new String[] {"/privacy-requests?limit=100", "admin"},
                new String[] {"/privacy-requests/" + ApiClient.field(asked.body(), "id"), "admin"});
        for (String[] read : reads) {
            HttpResponse<String> r = api.call("GET", read[0], read[1], null);
            assertTrue(r.statusCode() == 200 || r.statusCode() == 404, read[0] + " " + r.statusCode() + r.body());
            if (r.statusCode() == 404) {
                continue; // an unknown answer names only what was asked
            }
            for (String erased : java.util.List.of(phone, name, source, phone.substring(0, 3) + "****"
                    + phone.substring(7))) {
                assertTrue(!r.body().contains(erased), read[0] + " still shows " + erased + ": " + r.body());
            }
        }
        // and every list of the API (a GET naming no record), as every role it names: none shows her
        Map<Role, String> users = new java.util.EnumMap<>(Role.class);
        DemoStaff.all().forEach((user, member) -> member.roles().forEach(r -> users.putIfAbsent(r, user)));
        Map<String, Map<String, Object>> paths = new Yaml().load(Files.readString(Template.locate().getParent()
                .resolve("openapi.yaml"))) instanceof Map<?, ?> doc ? (Map<String, Map<String, Object>>) doc.get("paths")
                : Map.of();
        int lists = 0;
        for (Map.Entry<String, Map<String, Object>> path : paths.entrySet()) {
            if (path.getKey().contains("{") || !(path.getValue().get("get") instanceof Map<?, ?> get)) {
                continue;
            }
            for (Object role : (List<?>) get.get("x-roles")) {
                String user = users.get(Role.valueOf((String) role));
                HttpResponse<String> r = user == null ? null : api.call("GET", path.getKey(), user, null);
                if (r == null || r.statusCode() != 200) {
                    continue; // a list that needs a filter, or a role with no demo user
                }
                lists++;
                for (String erased : List.of(phone, name, source)) {
                    assertTrue(!r.body().contains(erased), path.getKey() + " as " + role + " still shows " + erased);
                }
            }
        }
        assertTrue(lists > 20, "too few lists read to prove anything: " + lists);
        assertEquals(404, api.call("GET", "/customers/" + phone + "/consents", "aftersales", null).statusCode());
        // looking her number up is logged under it (the staff's act); nothing else answers to it any more
        String timeline = api.call("GET", "/customers/" + phone + "/timeline?limit=100", "aftersales", null).body();
        assertEquals(ApiClient.count(timeline, "\"kind\":"), ApiClient.count(timeline, "\"kind\":\"timeline-read\""),
                timeline);
        String visit = api.call("GET", "/visits/" + code, "admin", null).body();
        assertTrue(visit.contains("已删除客户") && visit.contains("double-eyelid") || visit.contains("双眼皮"),
                "the medical and financial record stays, no longer naming her: " + visit);
        assertEquals(404, status(photoLink), "her photo is gone from the bucket, every version");
        assertEquals(404, status(copyJson), "and the copy made for her");
        assertEquals(404, status(copyPdf), "and its PDF");
        HttpResponse<String> again = api.call("POST", "/walk-ins", "frontdesk", walkIn(phone, null));
        assertEquals(201, again.statusCode(), again.body());
        assertTrue(again.body().contains("\"existingCustomer\":false") || !again.body().contains("existingCustomer\":true"),
                "her number no longer leads to her old record: " + again.body());
    }

    @Test
    void theShopsOrderCarriesHerConsentAndSheManagesItInHerApp() throws Exception {
        String no = "SO-P" + PHONES.incrementAndGet();
        String order = """
                {"orderNo":"%s","channel":"APP_PAYMENT","customerId":"demo-customer","customerName":"林晓",
                 "phone":"13800001111","product":"49 天健康管理","amount":1980000,
                 "payment":{"channel":"APP_PAYMENT","amount":1980000,"payerName":"林晓","reference":"R-%s",
                            "paidAt":"2026-01-05T10:00:00+08:00"},
                 "consent":{"textVersion":"2026-12","purposes":["SERVICE","SENSITIVE","MARKETING"]}}"""
                .formatted(no, no);
        HttpResponse<String> in = api.call("POST", "/shop/orders", "shop", order);
        assertEquals(201, in.statusCode(), in.body());

        HttpResponse<String> mine = api.call("GET", "/customers/me/consents", "customer", null);
        assertEquals(200, mine.statusCode(), mine.body());
        assertTrue(mine.body().contains("\"mobile\":\"138****1111\"") && mine.body().contains("\"inForce\":"
                + "[\"MARKETING\",\"SENSITIVE\",\"SERVICE\"]"), mine.body());
        assertEquals(404, api.call("GET", "/customers/13912345678/consents", "customer", null).statusCode(),
                "only her own");
        assertEquals(403, api.call("GET", "/privacy-requests", "customer", null).statusCode());

        HttpResponse<String> withdrawn = api.call("POST", "/customers/me/consents/withdrawal", "customer",
                "{\"purposes\":[\"MARKETING\"]}", "If-Match", mine.headers().firstValue("ETag").orElseThrow());
        assertEquals(200, withdrawn.statusCode(), withdrawn.body());
        assertTrue(withdrawn.body().contains("\"withdrawnBy\":{\"id\":\"demo-customer\""), withdrawn.body());
        HttpResponse<String> given = api.call("POST", "/customers/me/consents", "customer",
                "{\"textVersion\":\"2026-12\",\"purposes\":[\"MARKETING\"]}", "If-Match",
                withdrawn.headers().firstValue("ETag").orElseThrow());
        assertEquals(200, given.statusCode(), given.body());
        assertTrue(given.body().contains("\"channel\":\"APP\""), given.body());
    }
}
