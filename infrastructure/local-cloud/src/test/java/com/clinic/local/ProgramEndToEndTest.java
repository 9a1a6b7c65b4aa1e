package com.clinic.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The health program's first steps over HTTP against the local cloud (H-01, T-12): the shop's server reports a
 * paid order with its service token (a repeat makes nothing new; staff tokens cannot use that route); the admin
 * confirms the contract type; an order whose payment disagrees is held, verified by the technical team and then
 * confirmed; the customer sees her own program only; and a missed deadline raises exactly one overdue notice to
 * the admin and one to the lead, however far the clock then runs.
 */
class ProgramEndToEndTest {
    static LocalCloud cloud;
    static ApiClient api;
    final String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    @BeforeAll
    static void start() throws Exception {
        cloud = ApiClient.sharedCloud();
        api = new ApiClient(cloud);
    }

    String order(String no, String channel, long paid, String customerId) {
        return """
                {"orderNo":"%s","channel":"%s","customerId":"%s","customerName":"林晓","phone":"13800001111",
                 "product":"49 天健康管理","amount":1980000,
                 "payment":{"channel":"%s","amount":%d,"payerName":"林晓","reference":"R-%s",
                            "paidAt":"2026-01-05T10:00:00+08:00"}}""".formatted(no, channel, customerId, channel, paid,
                no);
    }

    /** The user's inbox once it holds the notice (the delivery is asynchronous, as in AWS). */
    static String inbox(String user, String notice) throws Exception {
        String body = "";
        for (int i = 0; i < 100 && !body.contains(notice); i++) {
            Thread.sleep(100);
            body = api.call("GET", "/notifications?limit=100", user, null).body();
        }
        assertTrue(body.contains(notice), body);
        return body;
    }

    @Test
    void anAppOrderIsReceivedOnceAndItsContractTypeConfirmed() throws Exception {
        String body = order("SO-" + run + "-1", "APP_PAYMENT", 1_980_000, "demo-customer");
        HttpResponse<String> in = api.call("POST", "/shop/orders", "shop", body, "Idempotency-Key", "o1-" + run);
        assertEquals(201, in.statusCode(), in.body());
        String id = ApiClient.field(in.body(), "id");
        HttpResponse<String> again = api.call("POST", "/shop/orders", "shop", body);
        assertEquals(200, again.statusCode(), "the same order again: " + again.body());
        assertEquals(id, ApiClient.field(again.body(), "id"));
        assertEquals(403, api.call("POST", "/shop/orders", "admin", body).statusCode(), "no staff token has the scope");
        assertEquals(403, api.call("POST", "/programs", "shop", order("SO-" + run + "-X", "OFFLINE_TRANSFER",
                1_980_000, "c")).statusCode(), "the shop registers no transfers");

        String p = "/programs/" + id;
        assertEquals(200, api.call("GET", p, "customer", null).statusCode(), "her own program");
        assertTrue(api.call("GET", "/programs/mine", "customer", null).body().contains("\"id\":\"" + id + "\""),
                "the app starts from her programs");
        assertEquals(403, api.call("GET", "/programs/mine", "office", null).statusCode(), "the customer's own list");
        HttpResponse<String> wrong = api.call("POST", p + "/contract-type", "office", "{\"contractType\":\"OFFLINE\"}",
                "If-Match", "\"1\"");
        assertEquals(400, wrong.statusCode());
        assertTrue(wrong.body().contains("\"field\":\"contractType\""), wrong.body());
        HttpResponse<String> confirmed = api.call("POST", p + "/contract-type", "office",
                "{\"contractType\":\"ONLINE\"}", "If-Match", "\"1\"");
        assertEquals(200, confirmed.statusCode(), confirmed.body());
        assertTrue(confirmed.body().contains("\"stage\":\"CONTRACT_TYPE_CONFIRMED\"")
                && confirmed.body().contains("\"specId\":\"H-02\""), confirmed.body());
        walkToReceipt(p);
    }

    /** H-02…H-12 for a program whose contract type is confirmed, up to the customer's receipt of the goods. */
    void walkToReceipt(String p) throws Exception {
        theTeamJoinsAndTheGroupTalks(p);
        theContractIsSignedOnlineByBoth(p);
        theArchiveIsFilledFailedFixedPassedAndConfirmed(p);
        thePlanIsWrittenAndTheGoodsArrive(p);
    }

    /** An app order of the demo customer, walked to her receipt of the goods; the program's path. */
    String receivedAppOrder(String no) throws Exception {
        HttpResponse<String> in = api.call("POST", "/shop/orders", "shop", order(no, "APP_PAYMENT", 1_980_000,
                "demo-customer"));
        assertEquals(201, in.statusCode(), in.body());
        String p = "/programs/" + ApiClient.field(in.body(), "id");
        assertEquals(200, api.call("POST", p + "/contract-type", "office", "{\"contractType\":\"ONLINE\"}",
                "If-Match", "\"1\"").statusCode());
        walkToReceipt(p);
        return p;
    }

    static String etag(HttpResponse<String> r) {
        return r.headers().firstValue("ETag").orElseThrow();
    }

    /**
     * H-08…H-12: the health manager keeps a template and submits the plan from it; customer service chooses mail;
     * the admin lists a partner carrier, packs against the plan (a short count named), uploads a photo and confirms
     * the shipment (the group gets carrier and tracking number); customer service follows up and the customer
     * confirms receipt — once.
     */
    void thePlanIsWrittenAndTheGoodsArrive(String p) throws Exception {
        String goods = "[{\"name\":\"代餐粉\",\"quantity\":7},{\"name\":\"体脂秤\",\"quantity\":1}]";
        String template = "{\"name\":\"E2E 低碳水\",\"mealPlanType\":\"低碳水\",\"diet\":\"三餐定时\","
                + "\"exercise\":\"每日快走 30 分钟\",\"sleep\":\"23 点前入睡\",\"mind\":\"每日冥想\",\"goods\":" + goods + "}";
        String templateId = "e2e-" + run.toLowerCase();
        HttpResponse<String> kept = api.call("PUT", "/plan-templates/" + templateId, "manager", template, "If-Match",
                etag(api.call("GET", "/plan-templates", "manager", null)));
        assertEquals(200, kept.statusCode(), kept.body());
        assertEquals(403, api.call("POST", p + "/plans", "service", "{\"templateId\":\"" + templateId + "\"}",
                "If-Match", "\"1\"").statusCode(), "the health manager writes the plan");
        HttpResponse<String> program = api.call("GET", p, "manager", null);
        HttpResponse<String> unknown = api.call("POST", p + "/plans", "manager", "{\"templateId\":\"no-such\"}",
                "If-Match", etag(program));
        assertTrue(unknown.statusCode() == 400 && unknown.body().contains("\"field\":\"templateId\""), unknown.body());
        HttpResponse<String> planned = api.call("POST", p + "/plans", "manager", "{\"templateId\":\"" + templateId
                + "\",\"exercise\":\"每日快走 40 分钟\"}", "If-Match", etag(program));
        assertEquals(200, planned.statusCode(), planned.body());
        assertTrue(planned.body().contains("\"stage\":\"PLAN_SUBMITTED\"") && planned.body().contains("每日快走 40 分钟"),
                planned.body());
        inbox("service", "方案已制定");

        HttpResponse<String> badMail = api.call("PUT", p + "/delivery", "service", "{\"method\":\"MAIL\","
                + "\"address\":\"上海市徐汇区漕溪北路 1 号\",\"recipient\":\"林晓\",\"recipientPhone\":\"123\"}",
                "If-Match", etag(planned));
        assertTrue(badMail.statusCode() == 400 && badMail.body().contains("\"field\":\"recipientPhone\""),
                badMail.body());
        HttpResponse<String> mail = api.call("PUT", p + "/delivery", "service", "{\"method\":\"MAIL\","
                + "\"address\":\"上海市徐汇区漕溪北路 1 号\",\"recipient\":\"林晓\",\"recipientPhone\":\"13800001111\"}",
                "If-Match", etag(planned));
        assertEquals(200, mail.statusCode(), mail.body());
        inbox("office", "收货方式已确认");

        String carrier = "X" + run;
        HttpResponse<String> carriers = api.call("PUT", "/programs/carriers", "office", "{\"carriers\":[{\"code\":\"SF\","
                + "\"name\":\"顺丰速运\"},{\"code\":\"" + carrier + "\",\"name\":\"同城急送\"}]}", "If-Match",
                etag(api.call("GET", "/programs/carriers", "office", null)));
        assertEquals(200, carriers.statusCode(), carriers.body());
        HttpResponse<String> shortCount = api.call("POST", p + "/packing", "office", "{\"goods\":[{\"name\":\"代餐粉\","
                + "\"quantity\":6},{\"name\":\"体脂秤\",\"quantity\":1}],\"carrier\":\"" + carrier
                + "\",\"trackingNo\":\"TC20261123001\"}", "If-Match", etag(mail));
        assertTrue(shortCount.statusCode() == 400 && shortCount.body().contains("代餐粉×7"), shortCount.body());
        HttpResponse<String> packed = api.call("POST", p + "/packing", "office", "{\"goods\":" + goods
                + ",\"carrier\":\"" + carrier + "\",\"trackingNo\":\"TC20261123001\"}", "If-Match", etag(mail));
        assertEquals(200, packed.statusCode(), packed.body());

        byte[] photo = new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3};
        HttpResponse<String> ticket = api.call("POST", p + "/shipment/photo-uploads", "office",
                ClinicJourneyEndToEndTest.uploadRequest("image/jpeg", photo));
        assertEquals(200, ClinicJourneyEndToEndTest.upload(ticket.body(), photo));
        HttpResponse<String> shipped = api.call("POST", p + "/shipment", "office", "{\"photoKeys\":[\""
                + ApiClient.field(ticket.body(), "key") + "\"]}", "If-Match", etag(packed));
        assertEquals(200, shipped.statusCode(), shipped.body());
        String group = api.call("GET", p + "/messages", "customer", null).body();
        assertTrue(group.contains("TC20261123001") && group.contains("同城急送"), group);
        assertTrue(api.call("GET", p + "/shipment/photos", "customer", null).body().contains("\"url\""));

        HttpResponse<String> followed = api.call("POST", p + "/delivery/follow-ups", "service",
                "{\"text\":\"您的货物预计明天到达，收到后请点击确认收货\"}", "If-Match", etag(shipped));
        assertEquals(200, followed.statusCode(), followed.body());
        HttpResponse<String> reminded = api.call("POST", p + "/delivery/follow-ups", "service",
                "{\"text\":\"请问您收到货物了吗？\",\"privately\":true}", "If-Match", etag(followed));
        assertEquals(200, reminded.statusCode(), reminded.body());
        inbox("customer", "请问您收到货物了吗？");
        followed = reminded;
        assertEquals(403, api.call("POST", p + "/receipt", "service", null, "If-Match", etag(followed)).statusCode(),
                "only the customer confirms receipt");
        HttpResponse<String> received = api.call("POST", p + "/receipt", "customer", null, "If-Match", etag(followed));
        assertEquals(200, received.statusCode(), received.body());
        assertTrue(received.body().contains("\"stage\":\"RECEIVED\""), received.body());
        assertEquals(409, api.call("POST", p + "/receipt", "customer", null, "If-Match", etag(received)).statusCode(),
                "received once");
        inbox("service", "客户已确认收货");

        // her devices report: a repeat is stored once, an impossible value is named
        String weigh = "{\"readings\":[{\"metric\":\"WEIGHT_KG\",\"value\":%s,\"source\":\"SCALE\","
                + "\"deviceId\":\"YF-1\",\"measuredAt\":\"2026-01-06T07:30:00+08:00\"}]}";
        HttpResponse<String> impossible = api.call("POST", p + "/readings", "customer", weigh.formatted("680"));
        assertTrue(impossible.statusCode() == 400 && impossible.body().contains("readings[0].value"), impossible.body());
        assertEquals(200, api.call("POST", p + "/readings", "customer", weigh.formatted("68.5")).statusCode());
        assertEquals(200, api.call("POST", p + "/readings", "customer", weigh.formatted("68.5")).statusCode());
        String weights = api.call("GET", p + "/readings?metric=WEIGHT_KG", "coach", null).body();
        assertEquals(1, ApiClient.count(weights, "\"deviceId\":\"YF-1\""), weights);

        // H-02 photos in the group: she shows what arrived
        HttpResponse<String> noPhoto = api.call("POST", p + "/messages", "customer", "{\"kind\":\"PHOTO\"}");
        assertTrue(noPhoto.statusCode() == 400 && noPhoto.body().contains("\"field\":\"photoKey\""), noPhoto.body());
        HttpResponse<String> mine = api.call("POST", p + "/messages/photo-uploads", "customer",
                ClinicJourneyEndToEndTest.uploadRequest("image/jpeg", photo));
        assertEquals(200, ClinicJourneyEndToEndTest.upload(mine.body(), photo));
        HttpResponse<String> posted = api.call("POST", p + "/messages", "customer", "{\"kind\":\"PHOTO\",\"text\":"
                + "\"收到啦\",\"photoKey\":\"" + ApiClient.field(mine.body(), "key") + "\"}");
        assertEquals(201, posted.statusCode(), posted.body());
        String seen = api.call("GET", p + "/messages", "service", null).body();
        assertTrue(seen.contains("\"kind\":\"PHOTO\"") && seen.contains("\"photo\":{\"url\""), seen);
    }

    static final String ARCHIVE = """
            {"heightCm":165,"weightKg":68.5,"systolicMmHg":%s,"diastolicMmHg":84,"goals":"三个月减重 5 公斤",
             "sleepHours":6,"exerciseDaysPerWeek":2,"allergies":["青霉素"],"smokes":false,"drinks":true,"age":56}""";

    /**
     * H-05…H-07: the customer fills the archive (bad measurements named), the auditor fails it once, she fixes it,
     * it passes and customer service confirms it (the health manager is told); the admin cannot read it, and the
     * super admin sees every read in its log.
     */
    void theArchiveIsFilledFailedFixedPassedAndConfirmed(String p) throws Exception {
        String a = p + "/archive";
        HttpResponse<String> bad = api.call("PUT", a, "customer", ARCHIVE.formatted("\"abc\""));
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(bad.body().contains("\"field\":\"systolicMmHg\""), bad.body());
        HttpResponse<String> empty = api.call("GET", a, "customer", null);
        assertTrue(empty.body().contains("\"status\":\"EMPTY\""), "opened when the contract was signed: " + empty.body());
        HttpResponse<String> first = api.call("PUT", a, "customer", ARCHIVE.formatted("128"), "If-Match", etag(empty));
        assertEquals(200, first.statusCode(), first.body());
        assertEquals(200, api.call("GET", a, "auditor", null).statusCode());
        assertEquals(403, api.call("GET", a, "office", null).statusCode(), "the admin has no need to know");
        HttpResponse<String> failed = api.call("POST", a + "/audit", "auditor",
                "{\"passed\":false,\"reason\":\"血压数据未填写\"}", "If-Match", "\"2\"");
        assertTrue(failed.body().contains("\"status\":\"FAILED\""), failed.body());
        HttpResponse<String> fixed = api.call("PUT", a, "customer", ARCHIVE.formatted("126"), "If-Match", "\"3\"");
        assertTrue(fixed.body().contains("\"status\":\"SUBMITTED\""), fixed.body());
        api.call("POST", a + "/audit", "auditor", "{\"passed\":true}", "If-Match", "\"4\"");
        HttpResponse<String> confirmed = api.call("POST", a + "/confirmation", "service", "{\"passed\":true}",
                "If-Match", "\"5\"");
        assertTrue(confirmed.body().contains("\"status\":\"CONFIRMED\""), confirmed.body());
        inbox("manager", "健康档案已确认");
        String reads = api.call("GET", a + "/reads", "admin", null).body();
        assertTrue(reads.contains("\"roles\":[\"AUDITOR\"]"), reads);
    }

    /**
     * H-04: the customer reads the contract and signs its version; the admin countersigns; the PDF of the contract
     * signed by both reaches the customer through the print queue.
     */
    void theContractIsSignedOnlineByBoth(String p) throws Exception {
        HttpResponse<String> text = api.call("GET", p + "/contract", "customer", null);
        assertEquals(200, text.statusCode(), text.body());
        String version = ApiClient.field(text.body(), "version");
        String etag = text.headers().firstValue("ETag").orElseThrow();
        assertEquals(400, api.call("POST", p + "/contract/customer-signature", "customer",
                "{\"version\":\"1999-01\",\"name\":\"林晓\"}", "If-Match", etag).statusCode(), "a stale text");
        HttpResponse<String> signed = api.call("POST", p + "/contract/customer-signature", "customer",
                "{\"version\":\"" + version + "\",\"name\":\"林晓\"}", "If-Match", etag);
        assertEquals(200, signed.statusCode(), signed.body());
        assertTrue(signed.body().contains("\"status\":\"CUSTOMER_SIGNED\""), signed.body());
        inbox("office", "待公司签署");
        HttpResponse<String> both = api.call("POST", p + "/contract/company-signature", "office", null, "If-Match",
                signed.headers().firstValue("ETag").orElseThrow());
        assertEquals(200, both.statusCode(), both.body());
        String job = ApiClient.field(both.body(), "pdfJobId");
        String answer = "";
        for (int i = 0; i < 100 && !answer.contains("\"DONE\""); i++) {
            Thread.sleep(100);
            answer = api.call("GET", "/print-jobs/" + job, "customer", null).body();
        }
        assertTrue(answer.contains("\"DONE\"") && answer.contains("\"download\""), answer);
        assertEquals(404, api.call("GET", "/print-jobs/" + job, "frontdesk", null).statusCode(),
                "the clinic's desks do not see the program's contract");
        // the paper as printed: 乙方 and the letterhead from the deployment's parameters, the fee in capitals
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(ClinicJourneyEndToEndTest.download(
                answer.substring(answer.indexOf("\"download\""))))) {
            String paper = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            for (String expected : List.of("乙方（公司）：示例健康管理有限公司", "统一社会信用代码", "大写：人民币壹万玖仟捌佰元整",
                    "第 1 页 / 共 " + pdf.getNumberOfPages() + " 页")) {
                assertTrue(paper.contains(expected), expected + " in the contract:\n" + paper);
            }
        }
    }

    /**
     * H-02: the admin invites the team; each member accepts their own seat; customer service posts the archive link,
     * the customer reads it, and customer service sees she has; only the group's members read the group.
     */
    void theTeamJoinsAndTheGroupTalks(String p) throws Exception {
        HttpResponse<String> invited = api.call("POST", p + "/team", "office",
                "{\"headCoachId\":\"demo-headcoach\",\"assistantCoachId\":\"demo-coach\","
                        + "\"customerServiceId\":\"demo-service\"}", "If-Match", "\"2\"");
        assertEquals(200, invited.statusCode(), invited.body());
        assertEquals(409, api.call("POST", p + "/team/head-coach/answer", "coach", "{\"accept\":true}",
                "If-Match", "\"3\"").statusCode(), "not the head coach's invitee");
        long version = 3;
        for (String[] seat : new String[][] {{"head-coach", "headcoach"}, {"assistant-coach", "coach"},
                {"customer-service", "service"}}) {
            HttpResponse<String> joined = api.call("POST", p + "/team/" + seat[0] + "/answer", seat[1],
                    "{\"accept\":true}", "If-Match", "\"" + version++ + "\"");
            assertEquals(200, joined.statusCode(), joined.body());
        }
        HttpResponse<String> posted = api.call("POST", p + "/messages", "service", "{\"kind\":\"LINK\","
                + "\"text\":\"请在 24 小时内填写健康档案\",\"url\":\"https://app.example.com/archive\"}");
        assertEquals(201, posted.statusCode(), posted.body());
        String message = ApiClient.field(posted.body(), "id");
        assertEquals(403, api.call("GET", p + "/messages", "auditor", null).statusCode(), "not in the group");
        assertEquals(200, api.call("POST", p + "/messages/" + message + "/read", "customer", null).statusCode());
        String seen = api.call("GET", p + "/messages", "service", null).body();
        assertTrue(seen.contains("\"readByCustomer\":true"), seen);
    }

    @Test
    void aProgramIsItsTeamsBusinessOnlyAndUnknownToEveryoneElse() throws Exception {
        HttpResponse<String> in = api.call("POST", "/programs", "office",
                order("SO-" + run + "-5", "OFFLINE_TRANSFER", 1_980_000, "someone-else"));
        assertEquals(201, in.statusCode(), in.body());
        String id = ApiClient.field(in.body(), "id");
        String p = "/programs/" + id;
        HttpResponse<String> unknown = api.call("GET", "/programs/P-NO-SUCH-ORDER", "coach", null);
        for (String user : List.of("coach", "headcoach", "service")) {
            for (String path : List.of(p, p + "/readings?metric=WEIGHT_KG", p + "/messages")) {
                HttpResponse<String> r = api.call("GET", path, user, null);
                assertEquals(404, r.statusCode(), user + " " + path + ": " + r.body());
            }
            // the archive's readers are fewer still: a coach's role reads none (403), unseated service this one not
            assertEquals(user.equals("service") ? 404 : 403, api.call("GET", p + "/archive", user, null).statusCode());
            assertEquals(unknown.body().replace("P-NO-SUCH-ORDER", id),
                    api.call("GET", p, user, null).body(), "answered exactly as an unknown program");
            assertFalse(api.call("GET", "/programs?stage=ORDER_RECEIVED&limit=100", user, null).body().contains(id),
                    user + " does not list it");
        }
        for (String user : List.of("office", "auditor", "manager", "admin")) {
            assertEquals(200, api.call("GET", p, user, null).statusCode(), user + " works every program");
        }
        HttpResponse<String> confirmed = api.call("POST", p + "/contract-type", "office",
                "{\"contractType\":\"OFFLINE\"}", "If-Match", "\"1\"");
        HttpResponse<String> invited = api.call("POST", p + "/team", "office", "{\"headCoachId\":\"demo-headcoach\","
                + "\"assistantCoachId\":\"demo-coach\",\"customerServiceId\":\"demo-service\"}", "If-Match",
                confirmed.headers().firstValue("ETag").orElseThrow());
        assertEquals(200, invited.statusCode(), invited.body());
        assertEquals(200, api.call("GET", p, "coach", null).statusCode(), "invited, she may answer");
    }

    @Test
    void anOrderPaidBySomeoneElseIsHeldEvenWithoutThePayersPhone() throws Exception {
        String body = order("SO-" + run + "-3", "APP_PAYMENT", 1_980_000, "demo-customer")
                .replace("\"payerName\":\"林晓\"", "\"payerName\":\"王某\"");
        HttpResponse<String> in = api.call("POST", "/shop/orders", "shop", body);
        assertEquals(201, in.statusCode(), in.body());
        String p = "/programs/" + ApiClient.field(in.body(), "id");
        HttpResponse<String> held = api.call("POST", p + "/contract-type", "office", "{\"contractType\":\"ONLINE\"}",
                "If-Match", "\"1\"");
        assertEquals(200, held.statusCode(), held.body());
        assertTrue(held.body().contains("\"stage\":\"HELD\"") && held.body().contains("付款人姓名不一致：订单 林晓，支付 王某"),
                held.body());
        HttpResponse<String> spaced = api.call("POST", "/shop/orders", "shop", order("SO-" + run + "-4",
                "APP_PAYMENT", 1_980_000, "demo-customer").replace("\"payerName\":\"林晓\"", "\"payerName\":\"林　晓\""));
        String q = "/programs/" + ApiClient.field(spaced.body(), "id");
        assertTrue(api.call("POST", q + "/contract-type", "office", "{\"contractType\":\"ONLINE\"}", "If-Match", "\"1\"")
                .body().contains("\"stage\":\"CONTRACT_TYPE_CONFIRMED\""), "a full-width space is no other payer");
    }

    @Test
    void aPaymentThatDisagreesIsHeldUntilTheTechnicalTeamVerifiesIt() throws Exception {
        HttpResponse<String> in = api.call("POST", "/programs", "office",
                order("SO-" + run + "-2", "OFFLINE_TRANSFER", 1_880_000, "someone-else"));
        assertEquals(201, in.statusCode(), in.body());
        String p = "/programs/" + ApiClient.field(in.body(), "id");
        assertEquals(404, api.call("GET", p, "customer", null).statusCode(), "another customer's program");
        HttpResponse<String> held = api.call("POST", p + "/contract-type", "office", "{\"contractType\":\"OFFLINE\"}",
                "If-Match", "\"1\"");
        assertTrue(held.body().contains("\"stage\":\"HELD\"") && held.body().contains("金额不一致"), held.body());
        assertEquals(403, api.call("POST", p + "/release", "office", "{\"note\":\"ok\"}", "If-Match", "\"2\"")
                .statusCode(), "the technical team's call");
        HttpResponse<String> released = api.call("POST", p + "/release", "admin",
                "{\"note\":\"银行回单核实：手续费 1000 元由公司承担\"}", "If-Match", "\"2\"");
        assertEquals(200, released.statusCode(), released.body());
        HttpResponse<String> confirmed = api.call("POST", p + "/contract-type", "office",
                "{\"contractType\":\"OFFLINE\"}", "If-Match", "\"3\"");
        assertTrue(confirmed.body().contains("\"stage\":\"CONTRACT_TYPE_CONFIRMED\""), confirmed.body());

        // H-03: the first original is unreadable; the second one's scan signs the contract
        HttpResponse<String> resign = api.call("POST", p + "/contract/resign-request", "office",
                "{\"reason\":\"第 3 页签字模糊\"}", "If-Match", "\"4\"");
        assertTrue(resign.body().contains("\"status\":\"RESIGN_REQUESTED\""), resign.body());
        byte[] scan = "%PDF-1.7 signed original".getBytes();
        HttpResponse<String> ticket = api.call("POST", p + "/contract/scan-uploads", "office",
                ClinicJourneyEndToEndTest.uploadRequest("application/pdf", scan));
        assertEquals(200, ClinicJourneyEndToEndTest.upload(ticket.body(), scan));
        assertEquals(400, api.call("POST", p + "/contract/offline-signature", "office",
                "{\"key\":\"programs/OTHER/contract/x.pdf\"}", "If-Match", "\"5\"").statusCode());
        HttpResponse<String> signed = api.call("POST", p + "/contract/offline-signature", "office",
                "{\"key\":\"" + ApiClient.field(ticket.body(), "key") + "\"}", "If-Match", "\"5\"");
        assertEquals(200, signed.statusCode(), signed.body());
        assertTrue(signed.body().contains("\"status\":\"SIGNED\""), signed.body());
    }

    @Test
    void aMissedDeadlineRaisesExactlyOneOverdueNotice() throws Exception {
        HttpResponse<String> in = api.call("POST", "/programs", "office",
                order("SO-" + run + "-3", "OFFLINE_TRANSFER", 1_980_000, "c3"));
        assertEquals(201, in.statusCode(), in.body());
        String id = ApiClient.field(in.body(), "id");
        api.call("POST", "/_local/clock/advance?hours=" + 24 * 6, "admin", null);
        // notices travel the outbox, the stream and the queue: wait for them, then let the clock run on
        inbox("office", id + "-overdue-1\"");
        inbox("admin", id + "-overdue-1-lead\"");
        api.call("POST", "/_local/clock/advance?hours=" + 24 * 3, "admin", null);
        Thread.sleep(1500); // time for a second notice to arrive, were one sent
        String office = api.call("GET", "/notifications?limit=100", "office", null).body();
        assertEquals(1, ApiClient.count(office, id + "-overdue-1\""), office);
        String lead = api.call("GET", "/notifications?limit=100", "admin", null).body();
        assertEquals(1, ApiClient.count(lead, id + "-overdue-1-lead\""), lead);
        assertTrue(api.call("GET", "/programs/overdue-deadlines?limit=100", "office", null).body().contains(id));
        assertEquals(404, api.call("GET", "/programs/" + id, "customer", null).statusCode(), "another's program");
    }

    /**
     * T-12 across a holiday, on the local clock: an order registered at 16:00 on the eve of National Day owes its
     * contract type by the close of 8 October, the first working day after the holiday — nothing is overdue during
     * the holiday week, and one hour after that close exactly one notice goes to the admin and one to the lead.
     */
    @Test
    void aDeadlineRunsOverAHolidayAndIsMissedOnce() throws Exception {
        String was = ApiClient.field(api.call("POST", "/_local/clock/set?at=2026-09-30T16:00:00%2B08:00", "admin", null)
                .body(), "was");
        try {
            HttpResponse<String> in = api.call("POST", "/programs", "office",
                    order("SO-" + run + "-4", "OFFLINE_TRANSFER", 1_980_000, "c4"));
            assertEquals(201, in.statusCode(), in.body());
            String id = ApiClient.field(in.body(), "id");
            assertTrue(in.body().contains("\"dueAt\":\"2026-10-08T18:00:00+08:00\""), in.body());
            api.call("POST", "/_local/clock/set?at=2026-10-08T17:00:00%2B08:00", "admin", null);
            Thread.sleep(1500);
            assertEquals(0, ApiClient.count(api.call("GET", "/notifications?limit=100", "office", null).body(),
                    id + "-overdue-1\""), "not overdue over the holiday");
            api.call("POST", "/_local/clock/set?at=2026-10-08T19:00:00%2B08:00", "admin", null);
            inbox("office", id + "-overdue-1\"");
            inbox("admin", id + "-overdue-1-lead\"");
            api.call("POST", "/_local/clock/advance?hours=48", "admin", null);
            Thread.sleep(1500);
            assertEquals(1, ApiClient.count(api.call("GET", "/notifications?limit=100", "office", null).body(),
                    id + "-overdue-1\""));
        } finally {
            api.call("POST", "/_local/clock/set?at=" + java.net.URLEncoder.encode(
                    java.time.Instant.parse(was).atOffset(java.time.ZoneOffset.UTC).toString(),
                    java.nio.charset.StandardCharsets.UTF_8), "admin", null);
        }
    }
}
