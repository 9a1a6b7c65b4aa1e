package com.clinic.local;

import static com.clinic.local.ProgramCourseEndToEndTest.act;
import static com.clinic.local.ProgramCourseEndToEndTest.clock;
import static com.clinic.local.ProgramCourseEndToEndTest.get;
import static com.clinic.local.ProgramEndToEndTest.inbox;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinic.platform.port.TimerScheduler.Timer;
import com.clinic.platform.timer.TimerKind;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The running plan's daily work over HTTP, on the local clock (H-14, H-15, H-16, T-13): the devices guided by phone
 * for a customer of 56 (with a screenshot) within 24 h of receipt; customer service sets a day's meal plan, the
 * assistant coach posts it to the group and greets her, the 08:30 and 16:00 runs remind whoever's task is open
 * (once, however often delivered), the work list says what was done in time, late or is overdue, and a holiday
 * greeting goes out the day before 中秋.
 */
class DailyWorkEndToEndTest {
    static ApiClient api;
    static LocalCloud cloud;
    final String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    @BeforeAll
    static void start() throws Exception {
        ProgramCourseEndToEndTest.start();
        api = ProgramEndToEndTest.api;
        cloud = ProgramEndToEndTest.cloud;
    }

    @AfterAll
    static void restore() throws Exception {
        ProgramCourseEndToEndTest.restore();
    }

    /** The task of a program in a work list: its status. */
    static String status(String list, String p, String forDate, String task) {
        Matcher m = Pattern.compile("\\{\"programId\":\"" + p.substring("/programs/".length()) + "\"[^}]*?\"forDate\":\""
                + forDate + "\"[^{]*?\"task\":\"" + task + "\".*?\"status\":\"([A-Z]+)\"").matcher(list);
        return m.find() ? m.group(1) : "absent";
    }

    /** How many of an inbox's reminders to set a program's meal plan are for that date. */
    static int reminders(String inbox, String programId, String forDate) {
        Matcher m = Pattern.compile("提醒：设置次日餐单\"[^{}]*天，" + forDate + "）[^{}]*\"subject\":\"" + programId + "\"")
                .matcher(inbox);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** A plan day, whose ETag its posts send as If-Match. */
    static HttpResponse<String> day(String path) throws Exception {
        return api.call("GET", path, "headcoach", null);
    }

    static String work(String user, String date) throws Exception {
        HttpResponse<String> r = api.call("GET", "/daily-work?date=" + date, user, null);
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    @Test
    void theTeamsDailyWorkIsDoneRemindedAndJudgedOnTheShanghaiClock() throws Exception {
        clock("2026-09-20T09:00:00+08:00");
        String p = new ProgramEndToEndTest().receivedAppOrder("SO-" + run + "-D1");

        // H-15: she is 56, so the scale is explained by phone with a screenshot kept; both devices close the 24 h
        HttpResponse<String> group = act("POST", p + "/device-guidance", "coach",
                "{\"device\":\"SCALE\",\"method\":\"GROUP\"}", get(p));
        assertTrue(group.statusCode() == 400 && group.body().contains("\"field\":\"method\""), group.body());
        assertEquals(403, act("POST", p + "/device-guidance", "service", "{\"device\":\"SCALE\",\"method\":\"PHONE\"}",
                get(p)).statusCode(), "the assistant coach guides");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};
        HttpResponse<String> ticket = api.call("POST", p + "/guidance/screenshot-uploads", "coach",
                ClinicJourneyEndToEndTest.uploadRequest("image/png", png));
        assertEquals(200, ClinicJourneyEndToEndTest.upload(ticket.body(), png), ticket.body());
        HttpResponse<String> scale = act("POST", p + "/device-guidance", "coach", "{\"device\":\"SCALE\","
                + "\"method\":\"PHONE\",\"screenshotKeys\":[\"" + ApiClient.field(ticket.body(), "key") + "\"]}", get(p));
        assertEquals(200, scale.statusCode(), scale.body());
        HttpResponse<String> noProblem = act("POST", p + "/device-guidance", "coach",
                "{\"device\":\"WRISTBAND\",\"method\":\"PHONE\",\"bound\":false}", scale);
        assertTrue(noProblem.statusCode() == 400 && noProblem.body().contains("\"field\":\"problem\""),
                noProblem.body());
        HttpResponse<String> band = act("POST", p + "/device-guidance", "coach", "{\"device\":\"WRISTBAND\","
                + "\"method\":\"PHONE\",\"bound\":false,\"problem\":\"手环无法同步睡眠数据\",\"screenshotKeys\":[\""
                + ApiClient.field(ticket.body(), "key") + "\"]}", scale);
        assertEquals(200, band.statusCode(), band.body());
        String program = api.call("GET", p, "headcoach", null).body();
        assertTrue(program.matches("(?s).*\"step\":\"GUIDE_DEVICES\"[^}]*\"doneAt\":\"2026-09-20T09:.*"),
                "both devices guided close the program's 24 h deadline: " + program);
        inbox("office", "设备无法正常使用");

        // day 1 is 2026-09-22; the meal plan of day 1 is set, with bad input named and another seat refused
        ProgramCourseEndToEndTest.started(p, "2026-09-20T11:00:00+08:00", "2026-09-20T12:00:00+08:00", "2026-09-22");
        clock("2026-09-20T14:00:00+08:00");
        String meals = "{\"meals\":[{\"meal\":\"BREAKFAST\",\"dishes\":[\"燕麦粥\",\"水煮蛋\"]},"
                + "{\"meal\":\"DINNER\",\"dishes\":[\"清蒸鲈鱼\",\"西兰花\"],\"note\":\"七分饱\"}]}";
        String day1 = p + "/days/2026-09-22";
        assertEquals(403, api.call("PUT", day1 + "/meal-plan", "coach", meals).statusCode(), "customer service sets it");
        HttpResponse<String> empty = api.call("PUT", day1 + "/meal-plan", "service", "{\"meals\":[]}");
        assertTrue(empty.statusCode() == 400 && empty.body().contains("\"field\":\"meals\""), empty.body());
        HttpResponse<String> outside = api.call("PUT", p + "/days/2026-09-21/meal-plan", "service", meals);
        assertTrue(outside.statusCode() == 400 && outside.body().contains("\"field\":\"date\""), outside.body());
        HttpResponse<String> notADate = api.call("PUT", p + "/days/22-09-2026/meal-plan", "service", meals);
        assertTrue(notADate.statusCode() == 400 && notADate.body().contains("\"field\":\"date\""), notADate.body());
        HttpResponse<String> set = api.call("PUT", day1 + "/meal-plan", "service", meals,
                "Idempotency-Key", "meal-plan-2026-09-22");
        assertEquals(200, set.statusCode(), set.body());
        assertEquals("\"1\"", set.headers().firstValue("ETag").orElseThrow());
        // the day's first plan, sent again because its answer was lost, is answered as the first time (not as stale)
        HttpResponse<String> retried = api.call("PUT", day1 + "/meal-plan", "service", meals,
                "Idempotency-Key", "meal-plan-2026-09-22");
        assertEquals(200, retried.statusCode(), retried.body());
        assertEquals("\"1\"", retried.headers().firstValue("ETag").orElseThrow());
        assertEquals(422, api.call("PUT", day1 + "/meal-plan", "service", meals.replace("燕麦粥", "小米粥"),
                "Idempotency-Key", "meal-plan-2026-09-22").statusCode(), "the key names one request only");

        // T-13 at 16:00 the day before: the coach is reminded to post day 1's meal plan (set, so not customer service)
        clock("2026-09-21T16:05:00+08:00");
        inbox("coach", "提醒：发送次日餐单");
        Timer again = new Timer(TimerKind.DAILY_POSTS, TimerKind.ALL, 2, Instant.parse("2026-09-21T08:00:00Z"));
        cloud.timers().schedule(again);
        ((LocalTimerScheduler) cloud.timers()).fireDue();
        String coachInbox = api.call("GET", "/notifications?limit=100", "coach", null).body();
        assertEquals(1, ApiClient.count(coachInbox, "第 1 天，2026-09-22"), "the run delivered twice reminds once");
        assertFalse(Pattern.compile("提醒：设置次日餐单\"[^}]*\"subject\":\"" + p.substring("/programs/".length())
                + "\"").matcher(api.call("GET", "/notifications?limit=100", "service", null).body()).find(),
                "day 1's meal plan is set");

        // H-14 the coach posts it with a plain-words reading; jargon is refused, the post is the group's message
        HttpResponse<String> jargon = act("POST", day1 + "/posts", "coach",
                "{\"kind\":\"MEAL_PLAN\",\"text\":\"这份餐单 GI 值低\"}", day(day1));
        assertTrue(jargon.statusCode() == 400 && jargon.body().contains("\"field\":\"text\""), jargon.body());
        HttpResponse<String> posted = act("POST", day1 + "/posts", "coach",
                "{\"kind\":\"MEAL_PLAN\",\"text\":\"晚餐七点前吃完，吃到七分饱就好\"}", day(day1));
        assertEquals(200, posted.statusCode(), posted.body());
        assertTrue(posted.body().contains("\"mealPlanPosted\":true"), posted.body());
        assertTrue(api.call("GET", p + "/messages", "customer", null).body().contains("【2026-09-22 餐单】"));
        assertEquals(200, api.call("GET", day1, "customer", null).statusCode(), "she reads her day");
        assertEquals(409, act("POST", day1 + "/posts", "coach", "{\"kind\":\"GREETING\",\"text\":\"早上好\"}",
                posted).statusCode(), "the greeting is posted on its day");
        String list21 = work("coach", "2026-09-21");
        assertEquals("DONE", status(list21, p, "2026-09-22", "SET_MEAL_PLAN"), list21);
        assertEquals("DONE", status(list21, p, "2026-09-22", "POST_MEAL_PLAN"), list21);

        // T-13 at 08:30 on day 1: the greeting is due by 09:00; after that it is overdue, and posted late
        clock("2026-09-22T08:35:00+08:00");
        inbox("coach", "提醒：发送今日问候");
        assertEquals("PENDING", status(work("coach", "2026-09-22"), p, "2026-09-22", "GREETING"));
        clock("2026-09-22T09:30:00+08:00");
        assertEquals("OVERDUE", status(work("coach", "2026-09-22"), p, "2026-09-22", "GREETING"));
        assertEquals("OVERDUE", status(work("office", "2026-09-22"), p, "2026-09-22", "GREETING"), "the admin sees all");
        assertEquals(403, api.call("GET", "/daily-work", "customer", null).statusCode());
        HttpResponse<String> greeted = act("POST", day1 + "/posts", "coach",
                "{\"kind\":\"GREETING\",\"text\":\"今日降温，晨练建议加件外套\"}", day(day1));
        assertEquals(200, greeted.statusCode(), greeted.body());
        assertEquals("LATE", status(work("coach", "2026-09-22"), p, "2026-09-22", "GREETING"));
        assertTrue(greeted.body().contains("\"late\":true"), greeted.body());

        // H-16 a holiday greeting the day before 中秋 (2026-09-25 in the State Council's notice), once
        clock("2026-09-24T10:00:00+08:00");
        String list24 = work("coach", "2026-09-24");
        assertEquals("PENDING", status(list24, p, "2026-09-25", "HOLIDAY_GREETING"), list24);
        assertEquals(409, act("POST", p + "/days/2026-09-24/posts", "coach",
                "{\"kind\":\"HOLIDAY_GREETING\",\"text\":\"节日快乐\"}", day(p + "/days/2026-09-24")).statusCode(),
                "no holiday begins on the 24th");
        HttpResponse<String> festive = act("POST", p + "/days/2026-09-25/posts", "coach",
                "{\"kind\":\"HOLIDAY_GREETING\",\"text\":\"中秋快乐！推荐您尝试无糖月饼\"}", day(p + "/days/2026-09-25"));
        assertEquals(200, festive.statusCode(), festive.body());
        assertEquals("DONE", status(work("coach", "2026-09-24"), p, "2026-09-25", "HOLIDAY_GREETING"));

        // T-13 acts on its own scheduled day, not the clock's: the clock jumps to the 27th at noon, so the 16:00 run
        // of the 26th is delivered 20 h late; it reminds of the meal plan of the 27th (day 6), not of the 28th
        String id = p.substring("/programs/".length());
        clock("2026-09-27T12:00:00+08:00");
        String late = inbox("service", "第 6 天，2026-09-27");
        assertEquals(1, reminders(late, id, "2026-09-27"));
        assertEquals(0, reminders(late, id, "2026-09-28"), "the clock's tomorrow is not the late run's: " + late);
        Timer twice = new Timer(TimerKind.DAILY_POSTS, TimerKind.ALL, 2, Instant.parse("2026-09-26T08:00:00Z"));
        cloud.timers().schedule(twice);
        ((LocalTimerScheduler) cloud.timers()).fireDue();
        assertEquals(1, reminders(api.call("GET", "/notifications?limit=100", "service", null).body(), id,
                "2026-09-27"), "the late run delivered again reminds once");
        // the 16:00 run of the 27th delivered after midnight: the meal plan of the 28th (day 7), not of the 29th
        clock("2026-09-28T00:30:00+08:00");
        String afterMidnight = inbox("service", "第 7 天，2026-09-28");
        assertEquals(1, reminders(afterMidnight, id, "2026-09-28"));
        assertEquals(0, reminders(afterMidnight, id, "2026-09-29"), afterMidnight);
    }
}
