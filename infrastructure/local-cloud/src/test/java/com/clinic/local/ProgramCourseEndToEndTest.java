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

    static HttpResponse<String> get(String p) throws Exception {
        return api.call("GET", p, "headcoach", null);
    }

    static HttpResponse<String> act(String method, String path, String user, String body, HttpResponse<String> read)
            throws Exception {
        return api.call(method, path, user, body, "If-Match", etag(read));
    }

    /** Call 1 booked at {@code call}, held at {@code held}, and day 1 set (2026-06-03). */
    static HttpResponse<String> started(String p, String call, String held) throws Exception {
        HttpResponse<String> booked = act("POST", p + "/calls/1/booking", "headcoach",
                "{\"at\":\"" + call + "\"}", get(p));
        assertEquals(200, booked.statusCode(), booked.body());
        clock(held);
        HttpResponse<String> done = act("POST", p + "/calls/1/held", "headcoach",
                "{\"covered\":[\"方案目标\",\"饮食\"],\"summary\":\"客户理解方案安排\"}", booked);
        assertEquals(200, done.statusCode(), done.body());
        HttpResponse<String> start = act("PUT", p + "/start", "headcoach", "{\"startDate\":\"2026-06-03\"}", done);
        assertEquals(200, start.statusCode(), start.body());
        return start;
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
        assertTrue(cancelled.body().contains("\"step\":\"REBOOK_CALL\""), cancelled.body());
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
        clock("2026-07-24T10:01:00+08:00");
        inbox("headcoach", "方案后视频沟通（第三次）");
        clock("2026-07-25T10:01:00+08:00");
        inbox("customer", "请上传方案后照片");
        clock("2026-08-19T10:01:00+08:00");
        inbox("customer", "请上传复检报告");
        clock("2026-08-21T10:01:00+08:00");
        clock("2026-09-20T10:01:00+08:00");
        inbox("coach", "第二次评估");
        String last = get(p).body();
        for (TimerKind kind : List.of(TimerKind.WEEK_3_CALL, TimerKind.PLAN_END, TimerKind.FINAL_CALL,
                TimerKind.POST_PLAN, TimerKind.RECHECK_REPORT, TimerKind.RECHECK_REMINDER,
                TimerKind.SECOND_EVALUATION)) {
            assertEquals(1, ApiClient.count(last, "\"kind\":\"" + kind + "\""), kind + ": " + last);
        }
        assertTrue(pending(p).isEmpty(), "nothing left to fire: " + pending(p));
    }

    @Test
    void aPlanStoppedOnDayTenFiresNothingAfter() throws Exception {
        clock("2026-06-01T09:00:00+08:00");
        String p = new ProgramEndToEndTest().receivedAppOrder("SO-" + run + "-C2");
        started(p, "2026-06-02T19:00:00+08:00", "2026-06-02T20:00:00+08:00");
        clock("2026-06-12T11:00:00+08:00");
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
