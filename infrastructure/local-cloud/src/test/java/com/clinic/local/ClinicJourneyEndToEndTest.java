package com.clinic.local;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinic.emulators.LocalResources;
import com.clinic.platform.ShanghaiTime;
import com.clinic.platform.port.TimerScheduler.Timer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * One customer through the clinic journey of the manual, over HTTP with signed tokens against the local cloud:
 * booking, dispatch, pick-up, arrival, barcode label, photos, exam upload, triage, recorded consultation, order,
 * price review, item sheet, payment with a loan, a price cut and its refund, admission, and the day 2/7/15
 * follow-ups appearing in the after-sales queue when the clock passes them — exactly three, even when a
 * timer is delivered twice.
 */
class ClinicJourneyEndToEndTest {
    static LocalCloud cloud;
    static ApiClient api;

    @BeforeAll
    static void start() throws Exception {
        cloud = ApiClient.sharedCloud();
        api = new ApiClient(cloud);
    }



    /** A command on the visit with the version last seen; asserts success and returns the answer. */
    static HttpResponse<String> step(String method, String path, String user, String body, String... extra)
            throws Exception {
        String[] headers = new String[extra.length + 2];
        headers[0] = "If-Match";
        headers[1] = version;
        System.arraycopy(extra, 0, headers, 2, extra.length);
        HttpResponse<String> r = api.call(method, path, user, body, headers);
        assertEquals(200, r.statusCode(), method + " " + path + ": " + r.body());
        version = r.headers().firstValue("ETag").orElseThrow();
        return r;
    }

    static String version;



    /** The body of an upload request: the file's type, size and MD5. */
    static String uploadRequest(String contentType, byte[] content) throws Exception {
        return "{\"contentType\":\"" + contentType + "\",\"size\":" + content.length + ",\"md5\":\""
                + java.util.Base64.getEncoder().encodeToString(java.security.MessageDigest.getInstance("MD5")
                .digest(content)) + "\"}";
    }

    static byte[] download(String withLink) throws Exception {
        return ApiClient.HTTP.send(HttpRequest.newBuilder(URI.create(ApiClient.field(withLink, "url")
                .replace("\\u0026", "&"))).build(), HttpResponse.BodyHandlers.ofByteArray()).body();
    }

    /** Uploads through a presigned URL as a browser would: PUT with exactly the signed headers; the status. */
    static int upload(String ticket, byte[] content) throws Exception {
        HttpRequest.Builder put = HttpRequest.newBuilder(URI.create(ApiClient.field(ticket, "url").replace("\\u0026", "&")))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(content));
        Matcher h = Pattern.compile("\"(content-type|content-md5|x-amz-[a-z-]+)\":\"([^\"]*)\"").matcher(ticket);
        while (h.find()) {
            put.header(h.group(1), h.group(2));
        }
        return ApiClient.HTTP.send(put.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    static String printed(String jobAnswer) throws Exception {
        String id = ApiClient.field(jobAnswer, "id");
        String job = "";
        for (int i = 0; i < 100 && !job.contains("\"DONE\""); i++) {
            Thread.sleep(100);
            job = api.call("GET", "/print-jobs/" + id, "frontdesk", null).body();
        }
        assertTrue(job.contains("\"DONE\""), job);
        HttpResponse<byte[]> pdf = ApiClient.HTTP.send(HttpRequest.newBuilder(URI.create(
                ApiClient.field(job.substring(job.indexOf("\"download\"")), "url").replace("\\u0026", "&"))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        return new String(pdf.body(), 0, 5);
    }

    @Test
    void oneCustomerFromBookingToTheDay15FollowUp() throws Exception {
        LocalDate tomorrow = ShanghaiTime.dateOf(cloud.clock().instant()).plusDays(1);
        HttpResponse<String> booked = api.call("POST", "/visits", "sales", """
                {"customer":{"name":"陈静","phone":"13600001234","gender":"FEMALE","age":35,"wantedItems":["双眼皮"]},
                 "arrival":{"arrivalAt":"%sT10:00:00+08:00","mode":"TRAIN","transportNo":"G1234","station":"成都东站"}}"""
                .formatted(tomorrow));
        assertEquals(201, booked.statusCode(), booked.body());
        String code = ApiClient.field(booked.body(), "code");
        String v = "/visits/" + code;
        version = "\"1\"";

        // C-02 … C-05
        step("POST", v + "/driver", "dispatcher", "{\"driverId\":\"demo-driver1\"}");
        step("POST", v + "/pick-up", "driver1", null);
        assertTrue(api.call("GET", "/front-desk/arrivals?date=" + tomorrow, "frontdesk", null).body().contains(code));
        step("POST", v + "/arrival", "frontdesk", null);

        // C-07 barcode label through the print queue
        HttpResponse<String> label = api.call("POST", v + "/barcode-prints", "frontdesk", null);
        assertEquals(202, label.statusCode(), label.body());
        assertEquals("%PDF-", printed(label.body()));

        // C-08 a pre-op photo through a presigned upload
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9};
        HttpResponse<String> ticket = api.call("POST", v + "/photo-uploads", "photo", uploadRequest("image/jpeg", jpeg));
        assertEquals(200, ticket.statusCode(), ticket.body());
        assertEquals(200, upload(ticket.body(), jpeg));
        step("POST", v + "/photos", "photo", "{\"key\":\"" + ApiClient.field(ticket.body(), "key") + "\"}");
        // evidence stays as registered: the same link cannot write other bytes
        assertEquals(400, upload(ticket.body(), new byte[] {1, 2, 3, 4}));
        String photos = api.call("GET", v + "/photos", "photo", null).body();
        assertEquals(1, ApiClient.count(photos, "\"download\""));
        assertArrayEquals(jpeg, download(photos.substring(photos.indexOf("\"download\""))));

        // C-09 the instruments upload by themselves; an unknown code is quarantined
        try (S3Client s3 = LocalResources.client(S3Client.builder(), URI.create(cloud.s3Endpoint()))
                .forcePathStyle(true).build()) {
            String bucket = cloud.bucket();
            s3.putObject(b -> b.bucket(bucket).key("exam-inbox/" + code + "/blood.pdf"), RequestBody.fromString("ok"));
            s3.putObject(b -> b.bucket(bucket).key("exam-inbox/V000000-NOSUCH/blood.pdf"),
                    RequestBody.fromString("lost?"));
        }
        cloud.deliverObjectEventsNow();
        version = api.call("GET", v, "frontdesk", null).headers().firstValue("ETag").orElseThrow();
        assertTrue(api.call("GET", v, "admin", null).body().contains("exam-inbox/" + code + "/blood.pdf"));
        assertFalse(api.call("GET", v, "frontdesk", null).body().contains("exam-inbox/"), "no exams at the desk");
        String quarantined = api.call("GET", "/exams/quarantine?limit=100", "lab", null).body();
        assertTrue(quarantined.contains("V000000-NOSUCH"), quarantined);
        // the lab files the lost result under the right visit; the entry closes and the file is downloadable
        String lost = quarantined.substring(0, quarantined.indexOf("exam-inbox/V000000-NOSUCH/blood.pdf"));
        String entry = lost.substring(lost.lastIndexOf("\"id\":\"") + 6, lost.lastIndexOf("\",\"key\""));
        HttpResponse<String> filed = api.call("POST", "/exams/quarantine/" + entry + "/attachment", "lab",
                "{\"visitCode\":\"" + code + "\"}");
        assertEquals(200, filed.statusCode(), filed.body());
        assertTrue(filed.body().contains("\"status\":\"ATTACHED\""), filed.body());
        assertEquals(409, api.call("POST", "/exams/quarantine/" + entry + "/discard", "lab",
                "{\"reason\":\"重复\"}").statusCode(), "a closed entry stays closed");
        assertFalse(api.call("GET", "/exams/quarantine?limit=100", "lab", null).body().contains(entry));
        version = api.call("GET", v, "admin", null).headers().firstValue("ETag").orElseThrow();
        String exams = api.call("GET", v + "/exams", "lab", null).body();
        assertEquals(2, ApiClient.count(exams, "\"download\""), exams);
        assertArrayEquals("ok".getBytes(), download(exams.substring(exams.indexOf("blood.pdf"))));

        // C-10 triage, C-11 recorded reception with its video, the order
        assertTrue(api.call("GET", "/triage/waiting?limit=100", "admin", null).body().contains(code));
        step("POST", v + "/consultant", "admin", "{\"consultantId\":\"demo-consultant\"}");
        HttpResponse<String> session = step("POST", v + "/consultation", "consultant", null);
        assertTrue(session.body().contains("\"sessionId\"") && session.body().contains("陈静"));
        HttpResponse<String> video = api.call("POST", v + "/consultation/video-uploads", "consultant",
                uploadRequest("video/mp4", new byte[] {0, 0, 1}));
        assertEquals(200, upload(video.body(), new byte[] {0, 0, 1}));
        step("POST", v + "/consultation/video", "consultant", "{\"key\":\"" + ApiClient.field(video.body(), "key") + "\"}");
        HttpResponse<String> tooCheap = api.call("POST", v + "/order", "consultant",
                "{\"items\":[{\"catalogItemId\":\"double-eyelid\",\"discountedPrice\":1600000}]}", "If-Match", version);
        assertEquals(400, tooCheap.statusCode());
        assertTrue(tooCheap.body().contains("items[0].discountedPrice"), tooCheap.body());
        HttpResponse<String> retired = api.call("POST", v + "/order", "consultant",
                "{\"items\":[{\"catalogItemId\":\"rhinoplasty-2019\"}]}", "If-Match", version);
        assertTrue(retired.body().contains("items[0].catalogItemId"), retired.body());
        step("POST", v + "/order", "consultant", """
                {"items":[{"catalogItemId":"double-eyelid","discountedPrice":1280000,"remark":"老客户"},
                          {"catalogItemId":"freckle-removal"}]}""");

        // C-12 price review with one change, C-13 item sheet and the signed scan
        assertTrue(api.call("GET", "/price-review/waiting", "admin", null).body().contains(code));
        HttpResponse<String> reviewed = step("POST", v + "/price-review", "admin",
                "{\"changes\":[{\"line\":1,\"finalPrice\":300000}]}");
        assertTrue(reviewed.body().contains("\"balance\":1580000"), reviewed.body());
        HttpResponse<String> sheet = api.call("POST", v + "/item-sheet-prints", "consultant", null);
        assertEquals(202, sheet.statusCode(), sheet.body());
        assertEquals("%PDF-", printed(sheet.body()));
        HttpResponse<String> scan = api.call("POST", v + "/signed-sheet-uploads", "frontdesk",
                uploadRequest("application/pdf", "%PDF-".getBytes()));
        assertEquals(200, upload(scan.body(), "%PDF-".getBytes()));
        step("POST", v + "/signed-sheet", "frontdesk", "{\"key\":\"" + ApiClient.field(scan.body(), "key") + "\"}");

        // C-14 split payment with a loan; more than due is refused; a retry is recorded once
        assertTrue(api.call("GET", "/cashier/waiting?limit=100", "frontdesk", null).body().contains(code));
        HttpResponse<String> tooMuch = api.call("POST", v + "/payments", "frontdesk",
                "{\"lines\":[{\"method\":\"CASH\",\"amount\":1580001}]}", "If-Match", version);
        assertEquals(400, tooMuch.statusCode(), tooMuch.body());
        assertTrue(tooMuch.body().contains("\"field\":\"lines[0].amount\""), tooMuch.body());
        String payment = """
                {"lines":[{"method":"WECHAT_PAY","amount":280000,"remark":"首付"},
                          {"method":"LOAN","amount":1300000,"periods":12,"firstRepaymentDate":"%s"}]}"""
                .formatted(tomorrow.plusMonths(1));
        String before = version;
        HttpResponse<String> paid = step("POST", v + "/payments", "frontdesk", payment, "Idempotency-Key", "pay-1");
        assertTrue(paid.body().contains("\"stage\":\"PAID\"") && paid.body().contains("\"balance\":0"));
        assertEquals(12, ApiClient.count(paid.body(), "\"period\""));
        // the payment is published (PaymentCollected); the after-sales ledger opens the loan and asks for an owner
        String inbox = "";
        for (int i = 0; i < 50 && !(inbox.contains("新的分期客户") && inbox.contains(code)); i++) {
            Thread.sleep(100);
            inbox = api.call("GET", "/notifications?limit=100", "aftersales", null).body();
        }
        assertTrue(inbox.contains("新的分期客户，待分配售后") && inbox.contains(code), inbox);
        HttpResponse<String> retry = api.call("POST", v + "/payments", "frontdesk", payment, "If-Match", before,
                "Idempotency-Key", "pay-1");
        assertEquals("true", retry.headers().firstValue("Idempotent-Replayed").orElse(""));
        assertEquals(2, ApiClient.count(api.call("GET", v, "frontdesk", null).body(), "\"methodLabel\""));

        // C-15 the super admin cuts a price after payment: the cashier refunds the difference
        HttpResponse<String> cut = step("POST", v + "/price-review", "admin",
                "{\"changes\":[{\"line\":0,\"finalPrice\":1200000}]}");
        assertTrue(cut.body().contains("\"balance\":-80000"), cut.body());
        HttpResponse<String> refunded = step("POST", v + "/refunds", "frontdesk",
                "{\"lines\":[{\"method\":\"WECHAT_PAY\",\"amount\":80000,\"remark\":\"改价退差\"}]}");
        assertTrue(refunded.body().contains("\"balance\":0"), refunded.body());

        // C-27 admission schedules T-01…T-03; a second delivery of one timer changes nothing
        LocalDate operation = ShanghaiTime.dateOf(cloud.clock().instant());
        step("POST", v + "/admission", "aftersales", "{\"operationDate\":\"" + operation + "\"}");
        LocalTimerScheduler timers = (LocalTimerScheduler) cloud.timers();
        assertEquals(3, timers.pending().stream().filter(t -> t.name().contains(code)).count());
        Timer d7 = timers.pending().stream().filter(t -> t.name().endsWith(code + "-followup-d7")).findFirst()
                .orElseThrow();
        timers.schedule(new Timer(d7.kind(), d7.subjectId(), 2, d7.at()));
        api.call("POST", "/_local/clock/advance?hours=" + 16 * 24, "aftersales", null);
        String queue = api.call("GET", "/after-sales/follow-ups?owner=me&limit=100", "aftersales", null).body();
        assertEquals(3, ApiClient.count(queue, "\"visitCode\":\"" + code + "\""), queue);
        assertTrue(queue.contains("\"day\":2") && queue.contains("\"day\":7") && queue.contains("\"day\":15"));
        assertTrue(timers.pending().stream().noneMatch(t -> t.name().contains(code)), "fired timers are deleted");
        assertTrue(queue.contains("\"id\":\"" + code + "-D07\"") && queue.contains("\"status\":\"OPEN\""), queue);

        // a rejected journey leaves the call lists; restored, its calls are back
        step("POST", v + "/rejection", "aftersales", "{\"reason\":\"客户投诉后放弃\"}");
        assertFalse(api.call("GET", "/after-sales/follow-ups?limit=100", "aftersales", null).body().contains(code));
        step("POST", v + "/restoration", "aftersales", null);
        assertEquals(3, ApiClient.count(api.call("GET", "/after-sales/follow-ups?owner=me&limit=100", "aftersales",
                null).body(), "\"visitCode\":\"" + code + "\""));
        daySevenFollowUpIsCalledRecordedAndNoted(code);
        payingCustomerAndVisitor(code);
    }

    /**
     * C-16: the payer is a paying customer (recorded from the payment's event), found by code, mobile and name typed
     * loosely, and given a level from the catalogue (the super admin's; a level not in it is a 400). C-24: the
     * visitor is found, their basic information corrected (audited before → after), the self-media label printed.
     */
    void payingCustomerAndVisitor(String code) throws Exception {
        String found = "";
        // paid 1,580,000, then 80,000 back after the price cut: the list shows what she paid net of refunds
        for (int i = 0; i < 50 && !found.contains("\"paid\":1500000"); i++) {
            Thread.sleep(100);
            found = api.call("GET", "/after-sales/paying-customers?code=" + code, "aftersales", null).body();
        }
        assertTrue(found.contains("\"paid\":1500000") && found.contains("\"amount\":-80000"), found);
        String id = ApiClient.field(found, "id");
        String version = "\"" + found.replaceAll(".*\"version\":(\\d+).*", "$1") + "\"";
        assertTrue(api.call("GET", "/after-sales/paying-customers?phone=136%200000%201234", "aftersales", null)
                .body().contains(id), "by mobile as typed");
        assertTrue(api.call("GET", "/after-sales/paying-customers?name=%E9%99%88%20%E9%9D%99", "aftersales", null)
                .body().contains(id), "by name, spaces ignored (陈 静)");
        assertEquals(400, api.call("POST", "/paying-customers/" + id + "/level", "aftersales",
                "{\"level\":\"PLATINUM\"}", "If-Match", version).statusCode());
        HttpResponse<String> level = api.call("POST", "/paying-customers/" + id + "/level", "aftersales",
                "{\"level\":\"VIP\",\"remark\":\"分期购买双眼皮\"}", "If-Match", version);
        assertEquals(200, level.statusCode(), level.body());
        assertEquals(403, api.call("PUT", "/after-sales/customer-levels", "aftersales",
                "{\"levels\":[{\"code\":\"VIP\",\"name\":\"贵宾\"}]}").statusCode(), "the super admin's list");
        assertTrue(api.call("GET", "/paying-customers/" + id + "/audit", "aftersales", null).body()
                .contains("设置等级：（无） → 贵宾"));

        String visitor = api.call("GET", "/after-sales/visitors?code=" + code, "aftersales", null).body();
        assertTrue(visitor.contains("\"name\":\"陈静\""), visitor);
        HttpResponse<String> visit = api.call("GET", "/visits/" + code, "aftersales", null);
        HttpResponse<String> edited = api.call("PUT", "/visits/" + code + "/customer", "aftersales",
                "{\"name\":\"陈静怡\",\"gender\":\"FEMALE\",\"age\":35,\"source\":\"小红书 @丽人医美\"}", "If-Match",
                visit.headers().firstValue("ETag").orElseThrow());
        assertEquals(200, edited.statusCode(), edited.body());
        assertTrue(api.call("GET", "/visits/" + code + "/audit", "aftersales", null).body()
                .contains("姓名 陈静 → 陈静怡"), "audited before → after");
        assertTrue(api.call("GET", "/after-sales/visitors?name=%E9%99%88%E9%9D%99%E6%80%A1", "aftersales", null)
                .body().contains(code), "found by the corrected name");
        HttpResponse<String> label = api.call("POST", "/visits/" + code + "/self-media-labels", "aftersales", null);
        assertEquals(202, label.statusCode(), label.body());
        assertEquals("%PDF-", printed(label.body()));
    }

    /**
     * C-22 / C-23 / C-30: the day-7 call is made, its recording uploaded by the recording system and linked, a
     * dispute raised from it, the care note written (the task is done and leaves the queue); the call, the note and
     * the dispute are in the lists and on the task; playing the recording leaves a playback record.
     */
    void daySevenFollowUpIsCalledRecordedAndNoted(String code) throws Exception {
        String f = "/follow-ups/" + code + "-D07";
        HttpResponse<String> task = api.call("GET", f, "aftersales", null);
        assertEquals(200, task.statusCode(), task.body());
        assertTrue(task.body().contains("\"operationDate\""), task.body());
        String phone = ApiClient.field(task.body(), "phone");
        assertEquals(409, api.call("POST", f + "/care-note", "aftersales", "{\"note\":\"未通话\"}", "If-Match",
                task.headers().firstValue("ETag").orElseThrow()).statusCode(), "the note comes after the call");
        HttpResponse<String> call = api.call("POST", f + "/calls", "aftersales", null, "If-Match",
                task.headers().firstValue("ETag").orElseThrow(), "Idempotency-Key", "call-d7");
        assertEquals(201, call.statusCode(), call.body());
        String callId = code + "-D07-C1";
        assertTrue(call.body().contains("\"id\":\"" + callId + "\""), call.body());
        byte[] mp3 = "ID3-recording".getBytes();
        HttpResponse<String> ticket = api.call("POST", f + "/calls/" + callId + "/recording-uploads", "aftersales",
                uploadRequest("audio/mpeg", mp3));
        assertEquals(200, ticket.statusCode(), ticket.body());
        assertEquals(200, upload(ticket.body(), mp3));
        HttpResponse<String> linked = api.call("PUT", f + "/calls/" + callId + "/recording", "aftersales",
                "{\"key\":\"" + ApiClient.field(ticket.body(), "key") + "\",\"durationSeconds\":95}", "If-Match",
                call.headers().firstValue("ETag").orElseThrow());
        assertEquals(200, linked.statusCode(), linked.body());
        assertTrue(linked.body().contains("\"recorded\":true") && linked.body().contains("\"durationSeconds\":95"));
        HttpResponse<String> dispute = api.call("POST", "/disputes", "aftersales",
                "{\"followUpId\":\"" + code + "-D07\",\"description\":\"对术后淤青有顾虑，要求复诊\"}");
        assertEquals(201, dispute.statusCode(), dispute.body());
        assertTrue(dispute.body().contains("\"visitCode\":\"" + code + "\""), "raised about the task's visit");
        HttpResponse<String> noted = api.call("POST", f + "/care-note", "aftersales",
                "{\"note\":\"恢复良好，已约复诊\"}", "If-Match", linked.headers().firstValue("ETag").orElseThrow());
        assertEquals(200, noted.statusCode(), noted.body());
        assertTrue(noted.body().contains("\"status\":\"DONE\""), noted.body());
        assertFalse(api.call("GET", "/after-sales/follow-ups?limit=100", "aftersales", null).body()
                .contains(code + "-D07"), "a done call leaves the queue");
        String calls = api.call("GET", "/after-sales/calls?phone=" + phone, "aftersales", null).body();
        assertTrue(calls.contains(callId) && calls.contains("\"recorded\":true"), calls);
        assertTrue(api.call("GET", "/after-sales/care-notes?owner=me", "aftersales", null).body()
                .contains("恢复良好，已约复诊"));
        String detail = api.call("GET", f, "aftersales", null).body();
        assertTrue(detail.contains("对术后淤青有顾虑") && detail.contains("恢复良好，已约复诊"), detail);
        HttpResponse<String> played = api.call("POST", f + "/calls/" + callId + "/playbacks", "aftersales", null);
        assertEquals(201, played.statusCode(), played.body());
        assertTrue(api.call("GET", "/after-sales/video-playbacks", "aftersales", null).body()
                .contains("\"callId\":\"" + callId + "\""), "the playback is recorded");
        assertEquals(403, api.call("GET", f, "frontdesk", null).statusCode(), "after-sales business only");
    }

    @Test
    void walkInsLinkToKnownCustomersAndARejectedJourneyCanBeRestored() throws Exception {
        HttpResponse<String> walkIn = api.call("POST", "/walk-ins", "frontdesk",
                "{\"name\":\"赵敏\",\"phone\":\"13500005678\"}");
        assertEquals(201, walkIn.statusCode(), walkIn.body());
        assertTrue(walkIn.body().contains("\"existingCustomer\":false"));
        String customer = ApiClient.field(walkIn.body(), "customerId");
        // the number as staff type it, any way: the same customer, shown as the clinic knows her
        for (String typed : new String[] {"135 0000 5678", "+86 135-0000-5678", "+8613500005678"}) {
            HttpResponse<String> again = api.call("POST", "/walk-ins", "frontdesk",
                    "{\"name\":\"赵小姐\",\"phone\":\"" + typed + "\"}");
            assertEquals(201, again.statusCode(), again.body());
            assertTrue(again.body().contains("\"existingCustomer\":true"), typed + ": " + again.body());
            assertEquals(customer, ApiClient.field(again.body(), "customerId"), typed);
            assertTrue(again.body().contains("\"name\":\"赵敏\""), "the known profile: " + again.body());
        }
        String code = ApiClient.field(walkIn.body(), "code");
        version = walkIn.headers().firstValue("ETag").orElseThrow();
        String v = "/visits/" + code;
        step("POST", v + "/arrival", "frontdesk", null);
        step("POST", v + "/rejection", "aftersales", "{\"reason\":\"客户放弃\"}");
        assertEquals(409, api.call("POST", v + "/consultant", "admin", "{\"consultantId\":\"demo-consultant\"}",
                "If-Match", version).statusCode());
        HttpResponse<String> restored = step("POST", v + "/restoration", "aftersales", null);
        assertTrue(restored.body().contains("\"stage\":\"ARRIVED\""));
    }
}
