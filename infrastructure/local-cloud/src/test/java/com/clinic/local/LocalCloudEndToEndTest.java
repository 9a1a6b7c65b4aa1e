package com.clinic.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinic.model.ShanghaiTime;
import com.clinic.model.port.TimerScheduler.Timer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The local cloud as a front end meets it: over HTTP with real signed tokens, booking → lists → assign →
 * change driver → pick-up, the notifications that the queue worker delivers, and the gateway's and handlers'
 * refusals (401, 403, 404, 409, 400 naming the field).
 */
class LocalCloudEndToEndTest {
    static LocalCloud cloud;
    static HttpClient http = HttpClient.newHttpClient();
    static String base;

    @BeforeAll
    static void start() throws Exception {
        cloud = new LocalCloud(new LocalCloud.Options(0, null, 0, 0, 0));
        base = "http://127.0.0.1:" + cloud.port();
    }

    @AfterAll
    static void stop() throws Exception {
        cloud.close();
    }

    static HttpResponse<String> call(String method, String path, String user, String body, String... headers)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (user != null) {
            b.header("Authorization", "Bearer " + cloud.token(user));
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    @Test
    void bookAssignChangePickUpOverHttp() throws Exception {
        String day = ShanghaiTime.dateOf(cloud.clock().instant()).plusDays(1).toString();
        String booking = """
                {"customer":{"name":"刘芳","phone":"13700001111","gender":"FEMALE","age":28,"source":"小红书"},
                 "arrival":{"arrivalAt":"%sT09:15:00+08:00","mode":"FLIGHT","transportNo":"MU5401",
                 "station":"双流机场 T2"}}""".formatted(day);

        HttpResponse<String> booked = call("POST", "/visits", "sales", booking, "Idempotency-Key", "e2e-1");
        assertEquals(201, booked.statusCode(), booked.body());
        String code = field(booked.body(), "code");
        assertEquals(201, call("POST", "/visits", "sales", booking, "Idempotency-Key", "e2e-1").statusCode());

        HttpResponse<String> waiting = call("GET", "/dispatch/unassigned?limit=100", "dispatcher", null);
        assertEquals(200, waiting.statusCode());
        assertEquals(1, waiting.body().split(code, -1).length - 1, "booked once, listed once");

        HttpResponse<String> assigned = call("POST", "/visits/" + code + "/driver", "dispatcher",
                "{\"driverId\":\"demo-driver1\"}", "If-Match", "\"1\"");
        assertEquals(200, assigned.statusCode(), assigned.body());
        assertTrue(call("GET", "/dispatch/assigned?limit=100", "dispatcher", null).body().contains(code));
        assertTrue(!call("GET", "/dispatch/unassigned?limit=100", "dispatcher", null).body().contains(code));

        HttpResponse<String> stale = call("PUT", "/visits/" + code + "/driver", "dispatcher",
                "{\"driverId\":\"demo-driver2\",\"reason\":\"车坏了\"}", "If-Match", "\"1\"");
        assertEquals(409, stale.statusCode());
        assertTrue(stale.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));

        HttpResponse<String> changed = call("PUT", "/visits/" + code + "/driver", "dispatcher",
                "{\"driverId\":\"demo-driver2\",\"reason\":\"车坏了\"}", "If-Match", "\"2\"");
        assertEquals(200, changed.statusCode(), changed.body());

        assertTrue(call("GET", "/driver/pickups?date=" + day, "driver2", null).body().contains(code));
        assertTrue(!call("GET", "/driver/pickups?date=" + day, "driver1", null).body().contains(code));
        assertEquals(409, call("POST", "/visits/" + code + "/pick-up", "driver1", null,
                "If-Match", "\"3\"").statusCode());
        HttpResponse<String> picked = call("POST", "/visits/" + code + "/pick-up", "driver2", null,
                "If-Match", "\"3\"");
        assertEquals(200, picked.statusCode(), picked.body());
        assertEquals("PICKED_UP", field(picked.body(), "stage"));

        HttpResponse<String> audit = call("GET", "/visits/" + code + "/audit", "dispatcher", null);
        assertEquals(4, audit.body().split("\"action\"", -1).length - 1, audit.body());

        // The queue worker delivers asynchronously: the dropped driver hears of the change.
        String inbox = "";
        for (int i = 0; i < 50 && !inbox.contains("接送任务已改派"); i++) {
            Thread.sleep(100);
            inbox = call("GET", "/notifications", "driver1", null).body();
        }
        assertTrue(inbox.contains("接送任务已改派"), inbox);
    }

    @Test
    void refusalsAreClear() throws Exception {
        assertEquals(401, call("GET", "/dispatch/unassigned", null, null).statusCode());
        assertEquals(401, call("GET", "/dispatch/unassigned", null, null,
                "Authorization", "Bearer " + cloud.token("dispatcher") + "x").statusCode());
        assertEquals(403, call("GET", "/dispatch/unassigned", "driver1", null).statusCode());
        assertEquals(404, call("GET", "/visits/V000000-NOSUCH", "dispatcher", null).statusCode());
        HttpResponse<String> bad = call("POST", "/visits", "sales",
                "{\"customer\":{\"name\":\"\",\"phone\":\"13700002222\",\"age\":\"三十\"},"
                        + "\"arrival\":{\"arrivalAt\":\"tomorrow\",\"mode\":\"FLIGHT\",\"transportNo\":\"MU1\","
                        + "\"station\":\"T2\"}}");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("\"field\":\"customer.name\""), bad.body());
        assertTrue(bad.body().contains("\"field\":\"arrival.arrivalAt\""), bad.body());
        assertTrue(bad.body().contains("\"field\":\"customer.age\""), bad.body());
        assertEquals(0, call("GET", "/dispatch/unassigned?limit=100", "dispatcher", null).body()
                .split("13700002222", -1).length - 1);
    }

    @Test
    void timersFireOnceWhenTheClockPassesThem() throws Exception {
        // A notification delivered by timer: the worker function is the target, the payload its SQS event.
        String notification = "{\\\"id\\\":\\\"timer-probe\\\",\\\"recipientId\\\":\\\"demo-office\\\","
                + "\\\"title\\\":\\\"两天后提醒\\\",\\\"message\\\":\\\"测试\\\",\\\"subject\\\":\\\"probe\\\","
                + "\\\"createdAt\\\":\\\"2026-01-01T00:00:00Z\\\"}";
        String payload = "{\"Records\":[{\"messageId\":\"m1\",\"body\":\"" + notification + "\"}]}";
        Timer timer = new Timer("probe-d2", cloud.clock().instant().plus(Duration.ofDays(2)),
                "DeliverNotificationsFunction", payload);
        cloud.timers().schedule(timer);
        cloud.timers().schedule(timer);
        assertEquals(1, scheduler().pending().stream().filter(t -> t.name().equals("probe-d2")).count());
        cloud.timers().cancel("never-created");

        HttpResponse<String> dayOne = call("POST", "/_local/clock/advance?hours=24", null, null);
        assertTrue(dayOne.body().contains("\"fired\":0"), dayOne.body());
        HttpResponse<String> dayTwo = call("POST", "/_local/clock/advance?hours=25", null, null);
        assertTrue(dayTwo.body().contains("\"fired\":1"), dayTwo.body());
        assertTrue(scheduler().pending().stream().noneMatch(t -> t.name().equals("probe-d2")));
        assertTrue(call("GET", "/notifications", "office", null).body().contains("两天后提醒"));
    }

    @Test
    void cancelledTimersNeverFire() throws Exception {
        cloud.timers().schedule(new Timer("probe-cancelled", cloud.clock().instant().plus(Duration.ofHours(1)),
                "DeliverNotificationsFunction", "{\"Records\":[]}"));
        cloud.timers().cancel("probe-cancelled");
        assertTrue(scheduler().pending().stream().noneMatch(t -> t.name().equals("probe-cancelled")));
    }

    private static LocalTimerScheduler scheduler() {
        return (LocalTimerScheduler) cloud.timers();
    }
}
