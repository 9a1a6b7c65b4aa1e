package com.clinic.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinic.platform.ShanghaiTime;
import com.clinic.platform.port.TimerScheduler.Timer;
import com.clinic.platform.timer.TimerKind;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The local cloud as a front end meets it: over HTTP with real signed tokens, booking → lists → assign →
 * change driver → pick-up, the notifications that the queue worker delivers, and the gateway's and handlers'
 * refusals (401, 403, 404 also for another driver's visit, 409, 400 naming the field).
 */
class LocalCloudEndToEndTest {
    static LocalCloud cloud;
    static ApiClient api;

    @BeforeAll
    static void start() throws Exception {
        cloud = ApiClient.sharedCloud();
        api = new ApiClient(cloud);
    }




    @Test
    void bookAssignChangePickUpOverHttp() throws Exception {
        String day = ShanghaiTime.dateOf(cloud.clock().instant()).plusDays(1).toString();
        String booking = """
                {"customer":{"name":"刘芳","phone":"13700001111","gender":"FEMALE","age":28,"source":"小红书"},
                 "arrival":{"arrivalAt":"%sT09:15:00+08:00","mode":"FLIGHT","transportNo":"MU5401",
                 "station":"双流机场 T2"}}""".formatted(day);

        HttpResponse<String> booked = api.call("POST", "/visits", "sales", booking, "Idempotency-Key", "e2e-1");
        assertEquals(201, booked.statusCode(), booked.body());
        String code = ApiClient.field(booked.body(), "code");
        assertEquals(201, api.call("POST", "/visits", "sales", booking, "Idempotency-Key", "e2e-1").statusCode());

        HttpResponse<String> waiting = api.call("GET", "/dispatch/unassigned?limit=100", "dispatcher", null);
        assertEquals(200, waiting.statusCode());
        assertEquals(1, waiting.body().split(code, -1).length - 1, "booked once, listed once");

        HttpResponse<String> assigned = api.call("POST", "/visits/" + code + "/driver", "dispatcher",
                "{\"driverId\":\"demo-driver1\"}", "If-Match", "\"1\"");
        assertEquals(200, assigned.statusCode(), assigned.body());
        assertTrue(api.call("GET", "/dispatch/assigned?limit=100", "dispatcher", null).body().contains(code));
        assertTrue(!api.call("GET", "/dispatch/unassigned?limit=100", "dispatcher", null).body().contains(code));

        HttpResponse<String> stale = api.call("PUT", "/visits/" + code + "/driver", "dispatcher",
                "{\"driverId\":\"demo-driver2\",\"reason\":\"车坏了\"}", "If-Match", "\"1\"");
        assertEquals(409, stale.statusCode());
        assertTrue(stale.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));

        HttpResponse<String> changed = api.call("PUT", "/visits/" + code + "/driver", "dispatcher",
                "{\"driverId\":\"demo-driver2\",\"reason\":\"车坏了\"}", "If-Match", "\"2\"");
        assertEquals(200, changed.statusCode(), changed.body());

        assertTrue(api.call("GET", "/driver/pickups?date=" + day, "driver2", null).body().contains(code));
        assertTrue(!api.call("GET", "/driver/pickups?date=" + day, "driver1", null).body().contains(code));
        assertEquals(404, api.call("POST", "/visits/" + code + "/pick-up", "driver1", null,
                "If-Match", "\"3\"").statusCode(), "the replaced driver finds no such visit, as for an unknown code");
        HttpResponse<String> picked = api.call("POST", "/visits/" + code + "/pick-up", "driver2", null,
                "If-Match", "\"3\"");
        assertEquals(200, picked.statusCode(), picked.body());
        assertEquals("PICKED_UP", ApiClient.field(picked.body(), "stage"));

        HttpResponse<String> audit = api.call("GET", "/visits/" + code + "/audit", "dispatcher", null);
        assertEquals(4, audit.body().split("\"action\"", -1).length - 1, audit.body());

        // The outbox relay and the queue worker deliver asynchronously: the dropped driver hears of the change.
        String inbox = "";
        for (int i = 0; i < 50 && !inbox.contains("接送任务已改派"); i++) {
            Thread.sleep(100);
            inbox = api.call("GET", "/notifications", "driver1", null).body();
        }
        assertTrue(inbox.contains("接送任务已改派"), inbox);
    }

    @Test
    void refusalsAreClear() throws Exception {
        assertEquals(401, api.call("GET", "/dispatch/unassigned", null, null).statusCode());
        assertEquals(401, api.call("GET", "/dispatch/unassigned", null, null,
                "Authorization", "Bearer " + cloud.token("dispatcher") + "x").statusCode());
        assertEquals(403, api.call("GET", "/dispatch/unassigned", "driver1", null).statusCode());
        assertEquals(404, api.call("GET", "/visits/V000000-NOSUCH", "dispatcher", null).statusCode());
        HttpResponse<String> bad = api.call("POST", "/visits", "sales",
                "{\"customer\":{\"name\":\"\",\"phone\":\"13700002222\",\"age\":\"三十\"},"
                        + "\"arrival\":{\"arrivalAt\":\"tomorrow\",\"mode\":\"FLIGHT\",\"transportNo\":\"MU1\","
                        + "\"station\":\"T2\"}}");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("\"field\":\"customer.name\""), bad.body());
        assertTrue(bad.body().contains("\"field\":\"arrival.arrivalAt\""), bad.body());
        assertTrue(bad.body().contains("\"field\":\"customer.age\""), bad.body());
        assertEquals(0, api.call("GET", "/dispatch/unassigned?limit=100", "dispatcher", null).body()
                .split("13700002222", -1).length - 1);
    }

    /**
     * A path no URL parser can decode (a broken escape, a lone surrogate, an encoded slash or NUL, a truncated
     * UTF-8 sequence) is answered as bad input is: 400, a problem document naming the path, no server page.
     */
    @Test
    void malformedPathsAreProblemDocuments() throws Exception {
        for (String path : java.util.List.of("/visits/%ud800", "/visits/%ZZ/audit", "/visits/a%2Fb", "/visits/%00",
                "/visits/%E4%B8", "/visits/%C0%AF/audit")) {
            String answer;
            try (var socket = new java.net.Socket("127.0.0.1", cloud.port())) {
                socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                        + cloud.token("frontdesk") + "\r\nConnection: close\r\n\r\n").getBytes(
                        java.nio.charset.StandardCharsets.US_ASCII));
                answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
            assertTrue(answer.startsWith("HTTP/1.1 400"), path + ": " + answer);
            assertTrue(answer.contains("Content-Type: application/problem+json")
                    && answer.contains("\"field\":\"path\""), path + ": " + answer);
            assertFalse(answer.contains("Exception") || answer.contains("<html"), path + ": " + answer);
        }
    }

    @Test
    void timersFireOnceWhenTheClockPassesThem() throws Exception {
        // A follow-up timer of a visit that is booked but not admitted: it fires, re-checks and raises nothing.
        String booking = """
                {"customer":{"name":"计时","phone":"13700009999"},"arrival":{"arrivalAt":"%s",
                 "mode":"OTHER","station":"医院"}}""".formatted(cloud.clock().instant().plus(Duration.ofHours(2)));
        String code = ApiClient.field(api.call("POST", "/visits", "sales", booking).body(), "code");
        Timer timer = new Timer(TimerKind.FOLLOW_UP_DAY_2, code, 1, cloud.clock().instant().plus(Duration.ofDays(2)));
        cloud.timers().schedule(timer);
        cloud.timers().schedule(timer);
        assertEquals(1, scheduler().pending().stream().filter(t -> t.name().equals(timer.name())).count());
        cloud.timers().cancel("never-created");

        // (the daily schedules fire too as the clock passes 08:30 and 16:00: this timer is followed by its name)
        api.call("POST", "/_local/clock/advance?hours=24", null, null);
        assertEquals(1, scheduler().pending().stream().filter(t -> t.name().equals(timer.name())).count(),
                "not due after one day");
        HttpResponse<String> dayTwo = api.call("POST", "/_local/clock/advance?hours=25", null, null);
        assertTrue(dayTwo.body().matches(".*\"fired\":[1-9].*"), dayTwo.body());
        assertTrue(scheduler().pending().stream().noneMatch(t -> t.name().equals(timer.name())));
        assertFalse(api.call("GET", "/after-sales/follow-ups?limit=100", "aftersales", null).body().contains(code),
                "not admitted: the timer raised nothing");
    }

    @Test
    void cancelledTimersNeverFire() throws Exception {
        Timer t = new Timer(TimerKind.FOLLOW_UP_DAY_7, "V261123-CANCEL", 1, cloud.clock().instant().plus(
                Duration.ofHours(1)));
        cloud.timers().schedule(t);
        cloud.timers().cancel(t.name());
        assertTrue(scheduler().pending().stream().noneMatch(p -> p.name().equals(t.name())));
    }

    private static LocalTimerScheduler scheduler() {
        return (LocalTimerScheduler) cloud.timers();
    }
}
