package com.clinic.local;

import static com.clinic.local.ProgramEndToEndTest.etag;
import static com.clinic.local.ProgramEndToEndTest.inbox;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinic.platform.port.TimerScheduler.Timer;
import com.clinic.platform.timer.TimerKind;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The 49 days and after over HTTP, on the local clock (H-13…H-20, T-04…T-10): call 1 booked, cancelled by the
 * customer and booked again within the rule, noted and held; day 1 set; every day event fires once on its Shanghai
 * day (T-04 delivered twice acts once); customer service ends the plan on day 50 and the survey is answered; and a
 * second program stopped on day 10 fires nothing after.
 */
class ProgramCourseEndToEndTest {
    static LocalCloud cloud;
    static ApiClient api;
    static String was;
    final String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    @BeforeAll
    static void start() throws Exception {
        ProgramEndToEndTest.start();
        cloud = ProgramEndToEndTest.cloud;
        api = ProgramEndToEndTest.api;
        was = clock("2026-06-01T09:00:00+08:00");
    }

    @AfterAll
    static void restore() throws Exception {
        clock(Instant.parse(was).atOffset(ZoneOffset.UTC).toString());
    }

    /** Sets the local clock (due timers fire); answers the moment it was. */
    static String clock(String at) throws Exception {
        return ApiClient.field(api.call("POST", "/_local/clock/set?at=" + URLEncoder.encode(at,
                StandardCharsets.UTF_8), "admin", null).body(), "was");
    }

    /** The program's course, whose ETag every course step sends as If-Match. */
    static HttpResponse<String> get(String p) throws Exception {
        return api.call("GET", p + "/course", "headcoach", null);
    }

    static HttpResponse<String> act(String method, String path, String user, String body, HttpResponse<String> read)
            throws Exception {
        return api.call(method, path, user, body, "If-Match", etag(read));
    }

    /** Call 1 booked at {@code call}, held at {@code held}, and day 1 set (2026-06-03). */
    static HttpResponse<String> started(String p, String call, String held) throws Exception {
        return started(p, call, held, "2026-06-03");
    }

    /** The same with day 1 on {@code startDate}. */
    static HttpResponse<String> started(String p, String call, String held, String startDate) throws Exception {
        HttpResponse<String> booked = act("POST", p + "/calls/1/booking", "headcoach",
                "{\"at\":\"" + call + "\"}", get(p));
        assertEquals(200, booked.statusCode(), booked.body());
        clock(held);
        HttpResponse<String> done = act("POST", p + "/calls/1/held", "headcoach",
                "{\"covered\":[\"方案目标\",\"饮食\"],\"summary\":\"客户理解方案安排\"}", get(p));
        assertEquals(200, done.statusCode(), done.body());
        HttpResponse<String> start = act("PUT", p + "/start", "headcoach", "{\"startDate\":\"" + startDate + "\"}",
                done);
        assertEquals(200, start.statusCode(), start.body());
        return start;
    }

    static final String REVIEW = "{\"score\":8,\"strengths\":\"每日反馈及时，餐单解读口语化\","
            + "\"weaknesses\":\"第三周周末聚餐后未及时调整餐单\",\"suggestions\":\"节假日前一天提前发送聚餐饮食建议\"}";

    /** The customer uploads a file through its presigned ticket and files it under {@code field}. */
    static HttpResponse<String> uploadAndFile(String p, String uploads, String type, byte[] bytes, String route,
                                              String field) throws Exception {
        HttpResponse<String> ticket = api.call("POST", p + uploads, "customer",
                ClinicJourneyEndToEndTest.uploadRequest(type, bytes));
        assertEquals(200, ClinicJourneyEndToEndTest.upload(ticket.body(), bytes));
        return act("POST", p + route, "customer", "{\"" + field + "\":[\"" + ApiClient.field(ticket.body(), "key")
                + "\"]}", get(p));
    }

    /** Whether the print job is done (waited for) and its PDF downloadable by {@code user}. */
    static boolean printed(String job, String user) throws Exception {
        String answer = "";
        for (int i = 0; i < 100 && !answer.contains("\"DONE\""); i++) {
            Thread.sleep(100);
            answer = api.call("GET", "/print-jobs/" + job, user, null).body();
        }
        return answer.contains("\"DONE\"") && answer.contains("\"download\"");
    }

    static void weighs(String p, String kg, String at) throws Exception {
        assertEquals(200, api.call("POST", p + "/readings", "customer", "{\"readings\":[{\"metric\":\"WEIGHT_KG\","
                + "\"value\":" + kg + ",\"source\":\"SCALE\",\"deviceId\":\"YF-1\",\"measuredAt\":\"" + at + "\"}]}")
                .statusCode());
    }

    static List<Timer> pending(String p) {
        String id = p.substring("/programs/".length());
        return ((LocalTimerScheduler) cloud.timers()).pending().stream().filter(t -> t.subjectId().equals(id))
                .toList();
    }

    @Test
    void aProgramRunsByItselfFromCallOneToEndPlusSixty() throws Exception {
        clock("2026-06-01T09:00:00+08:00");
        String p = new ProgramEndToEndTest().receivedAppOrder("SO-" + run + "-C1");
        inbox("headcoach", "方案前视频沟通（第一次）");

        // H-13: booked, cancelled by her, booked again within 24 h, noted by the assistant coach
        assertEquals(403, act("POST", p + "/calls/1/booking", "coach", "{\"at\":\"2026-06-01T20:00:00+08:00\"}",
                get(p)).statusCode(), "the head coach books");
        HttpResponse<String> noTime = act("POST", p + "/calls/1/booking", "headcoach", "{\"channel\":\"腾讯会议\"}",
                get(p));
        assertTrue(noTime.statusCode() == 400 && noTime.body().contains("\"field\":\"at\""), noTime.body());
        assertEquals(404, act("POST", p + "/calls/4/booking", "headcoach", "{\"at\":\"2026-06-01T20:00:00+08:00\"}",
                get(p)).statusCode(), "three calls");
        HttpResponse<String> booked = act("POST", p + "/calls/1/booking", "headcoach",
                "{\"at\":\"2026-06-01T20:00:00+08:00\",\"channel\":\"腾讯会议\"}", get(p));
        assertEquals(200, booked.statusCode(), booked.body());
        inbox("customer", "视频沟通预约");
        assertTrue(api.call("GET", p + "/messages", "customer", null).body().contains("方案前视频沟通已预约"));
        HttpResponse<String> cancelled = act("POST", p + "/calls/1/cancellation", "customer",
                "{\"reason\":\"晚上临时加班\"}", booked);
        assertEquals(200, cancelled.statusCode(), cancelled.body());
        inbox("headcoach", "客户无法参加视频沟通");
        String program = api.call("GET", p, "headcoach", null).body();
        assertTrue(program.contains("\"step\":\"REBOOK_CALL\""), "the program keeps the deadline: " + program);
        HttpResponse<String> tooLate = act("POST", p + "/calls/1/booking", "headcoach",
                "{\"at\":\"2026-06-03T10:00:00+08:00\"}", cancelled);
        assertTrue(tooLate.statusCode() == 400 && tooLate.body().contains("24 h"), tooLate.body());
        HttpResponse<String> notes = act("PUT", p + "/calls/1/notes", "coach",
                "{\"questions\":[\"代餐粉怎么冲？\"],\"needs\":[\"晚上 8 点后联系\"]}", cancelled);
        assertEquals(200, notes.statusCode(), notes.body());
        assertEquals(409, act("POST", p + "/calls/1/held", "headcoach", "{\"summary\":\"x\"}", notes).statusCode(),
                "no time stands after the cancellation");
        HttpResponse<String> start = started(p, "2026-06-01T21:00:00+08:00", "2026-06-01T22:00:00+08:00");
        assertTrue(start.body().contains("\"status\":\"STARTED\"") && start.body().contains("\"endsOn\":\"2026-07-22\""),
                start.body());
        assertEquals(List.of(TimerKind.WEEK_3_CALL, TimerKind.PLAN_END), pending(p).stream().map(Timer::kind)
                .filter(k -> k != TimerKind.DEADLINE).toList());

        // T-04 on day 21 at 10:00 Shanghai, not before; delivered twice, acted on once
        clock("2026-06-23T09:59:00+08:00");
        Timer week3 = pending(p).stream().filter(t -> t.kind() == TimerKind.WEEK_3_CALL).findFirst().orElseThrow();
        assertEquals(0, ApiClient.count(get(p).body(), "\"specId\":\"H-17\""), "call 2 is not open before day 21, 10:00");
        clock("2026-06-23T10:01:00+08:00");
        inbox("coach", "方案中视频沟通（第三周结束）");
        cloud.timers().schedule(week3);
        ((LocalTimerScheduler) cloud.timers()).fireDue();
        HttpResponse<String> day21 = get(p);
        assertEquals(1, ApiClient.count(day21.body(), "\"kind\":\"WEEK_3_CALL\""), day21.body());
        assertTrue(day21.body().contains("\"n\":2,\"specId\":\"H-17\""), day21.body());
        assertEquals(1, ApiClient.count(api.call("GET", "/notifications?limit=100", "coach", null).body(),
                "方案中视频沟通（第三周结束）"), "told once");
        // H-17: the trend chart for call 2, printed with the readings so far
        weighs(p, "67.6", "2026-06-10T07:30:00+08:00");
        weighs(p, "66.9", "2026-06-22T07:30:00+08:00");
        HttpResponse<String> chart = api.call("POST", p + "/trend-chart-prints", "coach", null);
        assertEquals(202, chart.statusCode(), chart.body());
        String chartJob = ApiClient.field(chart.body(), "id");
        assertTrue(printed(chartJob, "customer"), "she sees her own chart on the call");
        assertEquals(404, api.call("GET", "/print-jobs/" + chartJob, "office", null).statusCode(), "need to know");

        // H-18 on day 50: prompted, ended, the survey answered; the after-plan events follow from that day
        clock("2026-07-22T10:01:00+08:00");
        inbox("service", "第 50 天");
        HttpResponse<String> ended = act("POST", p + "/end", "service", null, get(p));
        assertEquals(200, ended.statusCode(), ended.body());
        assertTrue(api.call("GET", p + "/messages", "customer", null).body().contains("调查问卷"));
        HttpResponse<String> badSurvey = act("POST", p + "/survey", "customer",
                "{\"service\":6,\"coaches\":5,\"meals\":5,\"results\":5,\"recommend\":true}", ended);
        assertTrue(badSurvey.statusCode() == 400 && badSurvey.body().contains("\"field\":\"service\""),
                badSurvey.body());
        HttpResponse<String> answered = act("POST", p + "/survey", "customer",
                "{\"service\":5,\"coaches\":5,\"meals\":4,\"results\":5,\"recommend\":true}", ended);
        assertEquals(200, answered.statusCode(), answered.body());
        HttpResponse<String> reviewed = act("POST", p + "/reviews", "headcoach", REVIEW, answered);
        assertEquals(200, reviewed.statusCode(), reviewed.body());
        HttpResponse<String> thin = act("POST", p + "/reviews", "coach", "{\"score\":8,\"strengths\":\"好\","
                + "\"weaknesses\":\"无\",\"suggestions\":\"无\"}", reviewed);
        assertTrue(thin.statusCode() == 400 && thin.body().contains("\"field\":\"strengths\""), thin.body());
        clock("2026-07-24T10:01:00+08:00");
        inbox("headcoach", "方案后视频沟通（第三次）");

        // end + 3: photos asked for, the first evaluation due, the first reminder to the coach who owes a review
        clock("2026-07-25T10:01:00+08:00");
        inbox("customer", "请上传方案后照片");
        inbox("coach", "复盘服务评价尚未提交（第 1 次提醒）");
        HttpResponse<String> photos = uploadAndFile(p, "/post-plan/photo-uploads", "image/jpeg",
                new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 9, 9}, "/post-plan/photos", "photoKeys");
        assertEquals(200, photos.statusCode(), photos.body());
        assertTrue(api.call("GET", p + "/post-plan/photos", "coach", null).body().contains("\"url\""));
        weighs(p, "64.3", "2026-07-21T07:30:00+08:00");
        String table = api.call("GET", p + "/results", "headcoach", null).body();
        assertTrue(table.contains("体重下降 4.2kg"), table);
        HttpResponse<String> evaluated = act("POST", p + "/evaluations/1", "headcoach",
                "{\"assessment\":\"体重由 68.5 公斤降至 64.3 公斤，达到方案目标，建议保持运动\"}", photos);
        assertEquals(200, evaluated.statusCode(), evaluated.body());
        assertEquals(409, act("POST", p + "/evaluations/2", "headcoach", "{\"assessment\":\"复检数据良好，继续保持饮食\"}",
                evaluated).statusCode(), "the second evaluation waits for end + 60");

        // the reminders stop after three; then the coach reviews and the head coach's summary is printed
        clock("2026-07-28T10:01:00+08:00");
        inbox("coach", "（第 2 次提醒）");
        clock("2026-07-31T10:01:00+08:00");
        inbox("coach", "（第 3 次提醒）");
        clock("2026-08-06T10:01:00+08:00");
        Thread.sleep(1500);
        assertEquals(3, ApiClient.count(api.call("GET", "/notifications?limit=100", "coach", null).body(),
                "复盘服务评价尚未提交"), "three reminders, then never again");
        HttpResponse<String> late = act("POST", p + "/reviews", "coach", REVIEW, get(p));
        assertEquals(200, late.statusCode(), late.body());
        assertEquals(403, api.call("GET", p + "/reviews", "customer", null).statusCode(), "the team's reviews");
        HttpResponse<String> summary = act("POST", p + "/service-summary", "headcoach",
                "{\"summary\":\"客户执行良好；团队反馈及时，周末督促需加强\"}", late);
        assertEquals(200, summary.statusCode(), summary.body());
        String body = summary.body();
        String job = ApiClient.field(body.substring(body.indexOf("\"after\"")), "pdfJobId");
        assertTrue(printed(job, "headcoach"), job);
        assertEquals(404, api.call("GET", "/print-jobs/" + job, "customer", null).statusCode(), "not the customer's");

        // end + 28 asks for the re-check report; filed on end + 29, the end + 30 reminder is skipped
        clock("2026-08-19T10:01:00+08:00");
        inbox("customer", "请上传复检报告");
        clock("2026-08-20T09:00:00+08:00");
        HttpResponse<String> report = uploadAndFile(p, "/recheck-report/file-uploads", "application/pdf",
                "%PDF-1.7 re-check".getBytes(), "/recheck-report", "fileKeys");
        assertEquals(200, report.statusCode(), report.body());
        clock("2026-08-21T10:01:00+08:00");
        Thread.sleep(1500);
        assertEquals(1, ApiClient.count(api.call("GET", "/notifications?limit=100", "customer", null).body(),
                "请上传复检报告"), "no reminder on end + 30");
        assertEquals(403, api.call("GET", p + "/recheck-report", "office", null).statusCode(), "need to know");
        assertTrue(api.call("GET", p + "/recheck-report", "manager", null).body().contains("\"url\""));
        assertTrue(api.call("GET", p + "/archive/reads", "admin", null).body().contains("HEALTH_MANAGER"),
                "the read is logged");
        clock("2026-09-20T10:01:00+08:00");
        inbox("coach", "第二次评估");
        HttpResponse<String> second = act("POST", p + "/evaluations/2", "coach",
                "{\"assessment\":\"复检报告各项指标正常，体重保持稳定\"}", get(p));
        assertTrue(second.statusCode() == 200 && second.body().contains("\"recheckOnFile\":true"), second.body());
        String last = get(p).body();
        for (TimerKind kind : List.of(TimerKind.WEEK_3_CALL, TimerKind.PLAN_END, TimerKind.FINAL_CALL,
                TimerKind.POST_PLAN, TimerKind.RECHECK_REPORT, TimerKind.SECOND_EVALUATION)) {
            assertEquals(1, ApiClient.count(last, "\"kind\":\"" + kind + "\""), kind + ": " + last);
        }
        assertEquals(0, ApiClient.count(last, "\"kind\":\"RECHECK_REMINDER\""), "skipped: " + last);
        assertEquals(3, ApiClient.count(last, "\"kind\":\"EVALUATION_REMINDER\""), last);
        assertTrue(pending(p).isEmpty(), "nothing left to fire: " + pending(p));
    }

    @Test
    void aPlanStoppedOnDayTenFiresNothingAfter() throws Exception {
        clock("2026-06-01T09:00:00+08:00");
        String p = new ProgramEndToEndTest().receivedAppOrder("SO-" + run + "-C2");
        started(p, "2026-06-02T19:00:00+08:00", "2026-06-02T20:00:00+08:00");
        clock("2026-06-12T11:00:00+08:00");
        // H-16: she feels dizzy on day 10; the head coach hears of it and pauses the day
        HttpResponse<String> noSymptoms = act("POST", p + "/symptom-reports", "customer", "{\"since\":\"今早\"}", get(p));
        assertTrue(noSymptoms.statusCode() == 400 && noSymptoms.body().contains("\"field\":\"symptoms\""),
                noSymptoms.body());
        assertEquals(403, act("POST", p + "/symptom-reports", "office", "{\"symptoms\":\"头晕\"}", get(p))
                .statusCode(), "her team passes it on, not the office");
        HttpResponse<String> dizzy = act("POST", p + "/symptom-reports", "customer",
                "{\"symptoms\":\"头晕、乏力\",\"since\":\"今早起\"}", get(p));
        assertEquals(200, dizzy.statusCode(), dizzy.body());
        inbox("headcoach", "客户反馈身体不适");
        HttpResponse<String> paused = act("POST", p + "/pause", "headcoach", "{\"symptoms\":\"头晕、乏力\"}", dizzy);
        assertTrue(paused.statusCode() == 200 && paused.body().contains("\"day\":10"), paused.body());
        assertEquals(403, act("POST", p + "/stop", "coach", "{\"reason\":\"x\"}", get(p)).statusCode());
        HttpResponse<String> noReason = act("POST", p + "/stop", "headcoach", "{}", get(p));
        assertTrue(noReason.statusCode() == 400 && noReason.body().contains("\"field\":\"reason\""), noReason.body());
        HttpResponse<String> stopped = act("POST", p + "/stop", "headcoach", "{\"reason\":\"客户申请终止\"}", get(p));
        assertEquals(200, stopped.statusCode(), stopped.body());
        assertTrue(pending(p).isEmpty(), "every timer cancelled: " + pending(p));
        clock("2026-09-20T10:01:00+08:00");
        String after = get(p).body();
        assertTrue(after.contains("\"status\":\"STOPPED\"") && after.contains("\"fired\":[]"), after);
    }
}
