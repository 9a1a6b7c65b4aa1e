package com.clinic.platform.scheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinic.platform.port.TimerScheduler.Timer;
import com.clinic.platform.timer.TimerKind;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.scheduler.SchedulerClient;

/**
 * The adapter with the real SDK against a loopback stand-in of the Scheduler API that keeps schedules by name
 * and answers as the service does (409 ConflictException, 404 ResourceNotFoundException): no emulator of
 * EventBridge Scheduler runs in-process, and the LocalStack test covers the real thing where Docker exists.
 */
class EventBridgeTimerSchedulerTest {
    static HttpServer server;
    static final Map<String, String> schedules = new ConcurrentHashMap<>();
    static final List<String> requests = new CopyOnWriteArrayList<>();
    static EventBridgeTimerScheduler timers;

    @BeforeAll
    static void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/schedules/", ex -> {
            String name = ex.getRequestURI().getPath().substring("/schedules/".length());
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(ex.getRequestMethod() + " " + ex.getRequestURI() + " " + body);
            int status;
            String answer;
            if ("POST".equals(ex.getRequestMethod())) {
                boolean fresh = schedules.putIfAbsent(name, body) == null;
                status = fresh ? 200 : 409;
                answer = fresh ? "{\"ScheduleArn\":\"arn:aws:scheduler:us-east-1:1:schedule/g/" + name + "\"}"
                        : "{\"Message\":\"Schedule " + name + " already exists.\"}";
                if (!fresh) {
                    ex.getResponseHeaders().set("x-amzn-ErrorType", "ConflictException");
                }
            } else {
                boolean existed = schedules.remove(name) != null;
                status = existed ? 200 : 404;
                answer = existed ? "{}" : "{\"Message\":\"Schedule " + name + " does not exist.\"}";
                if (!existed) {
                    ex.getResponseHeaders().set("x-amzn-ErrorType", "ResourceNotFoundException");
                }
            }
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "application/json");
            ex.sendResponseHeaders(status, bytes.length);
            ex.getResponseBody().write(bytes);
            ex.close();
        });
        server.start();
        SchedulerClient client = SchedulerClient.builder().httpClient(UrlConnectionHttpClient.create())
                .endpointOverride(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
                .build();
        timers = new EventBridgeTimerScheduler(() -> client, "prod-clinic-timers", "arn:aws:iam::1:role/timers",
                "arn:aws:sqs:us-east-1:1:timers-dlq",
                Map.of(TimerKind.FOLLOW_UP_DAY_2, "arn:aws:lambda:us-east-1:1:function:follow-up:live"));
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @Test
    void createsAOneTimeScheduleInShanghaiTimeOnceAndCancelsIt() {
        // 02:00 UTC is 10:00 in Shanghai: the expression carries the wall-clock time and the zone.
        Timer t = new Timer(TimerKind.FOLLOW_UP_DAY_2, "V261123-AAAAA1", 1, Instant.parse("2026-11-24T02:00:00Z"));
        assertEquals("visit-V261123-AAAAA1-followup-d2", t.name());
        timers.schedule(t);
        timers.schedule(t);
        String body = schedules.get(t.name());
        assertTrue(body.contains("\\\"kind\\\":\\\"FOLLOW_UP_DAY_2\\\""), "the typed payload: " + body);
        assertTrue(body.contains("\"ScheduleExpression\":\"at(2026-11-24T10:00:00)\""), body);
        assertTrue(body.contains("\"ScheduleExpressionTimezone\":\"Asia/Shanghai\""), body);
        assertTrue(body.contains("\"ActionAfterCompletion\":\"DELETE\""), body);
        assertTrue(body.contains("\"GroupName\":\"prod-clinic-timers\""), body);
        assertTrue(body.contains("\"Arn\":\"arn:aws:sqs:us-east-1:1:timers-dlq\""), body);
        assertTrue(body.contains("arn:aws:lambda:us-east-1:1:function:follow-up:live"), body);
        assertEquals(2, requests.stream().filter(r -> r.startsWith("POST /schedules/" + t.name())).count());
        assertEquals(1, schedules.size());

        timers.cancel(t.name());
        timers.cancel(t.name());
        assertTrue(schedules.isEmpty());
    }

    @Test
    void aKindWithoutAFunctionIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> timers.schedule(new Timer(TimerKind.PLAN_END, "P1", 1,
                Instant.EPOCH)));
        assertThrows(IllegalArgumentException.class, () -> new Timer(TimerKind.PLAN_END, "has space", 1,
                Instant.EPOCH));
    }
}
