package com.clinic.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinic.emulators.Emulators;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local cloud started as a front-end team runs it ({@code --data}), in a process of its own, killed hard
 * (SIGKILL, no shutdown hook) and started again on the same folder: the records, an uploaded file, the signing
 * key (tokens issued before still work), the clock's move and a print job queued just before the kill are all
 * still there, the job rendered after the restart.
 */
class LocalDataSurvivesAHardStopTest {
    @TempDir
    Path data;

    @Test
    void recordsFilesTokensAndQueuedJobsOutliveAKill() throws Exception {
        List<String> args = List.of("--port=" + Emulators.freePort(), "--data=" + data,
                "--dynamodb-port=" + Emulators.freePort(), "--sqs-port=" + Emulators.freePort(),
                "--s3-port=" + Emulators.freePort());
        String base = "http://127.0.0.1:" + args.get(0).substring("--port=".length());
        Process first = start(args, base);
        String frontdesk = token(base, "frontdesk");
        String photo = token(base, "photo");
        String code;
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3, (byte) 0xFF, (byte) 0xD9};
        String key;
        String job;
        String movedTo;
        try {
            HttpResponse<String> bad = ApiClient.HTTP.send(HttpRequest.newBuilder(URI.create(base
                    + "/_local/clock/advance?hours=many")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(bad.statusCode() == 400 && bad.body().contains("\"field\":\"query\""), bad.body());
            movedTo = ApiClient.field(ApiClient.HTTP.send(HttpRequest.newBuilder(URI.create(base
                    + "/_local/clock/advance?hours=72")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString()).body(), "now");
            HttpResponse<String> walkIn = call(base, "POST", "/walk-ins", frontdesk, """
                    {"name":"罗敏","phone":"13600002222","gender":"FEMALE","age":29,
                     "consent":{"textVersion":"2026-12","purposes":["SERVICE","SENSITIVE"]}}""");
            assertEquals(201, walkIn.statusCode(), walkIn.body());
            code = ApiClient.field(walkIn.body(), "code");
            HttpResponse<String> arrived = call(base, "POST", "/visits/" + code + "/arrival", frontdesk, null,
                    "If-Match", walkIn.headers().firstValue("ETag").orElseThrow());
            assertEquals(200, arrived.statusCode(), arrived.body());
            String ticket = call(base, "POST", "/visits/" + code + "/photo-uploads", photo,
                    ClinicJourneyEndToEndTest.uploadRequest("image/jpeg", jpeg)).body();
            key = ApiClient.field(ticket, "key");
            assertEquals(200, ClinicJourneyEndToEndTest.upload(ticket, jpeg), ticket);
            HttpResponse<String> label = call(base, "POST", "/visits/" + code + "/barcode-prints", frontdesk, null);
            assertEquals(202, label.statusCode(), label.body());
            job = ApiClient.field(label.body(), "id");
            Thread.sleep(300);
        } finally {
            first.destroyForcibly().waitFor();
        }

        Process second = start(args, base);
        try {
            java.time.Instant now = java.time.Instant.parse(ApiClient.field(ApiClient.HTTP.send(HttpRequest.newBuilder(
                    URI.create(base + "/_local/clock")).build(), HttpResponse.BodyHandlers.ofString()).body(), "now"));
            assertTrue(!now.isBefore(java.time.Instant.parse(movedTo)), "the clock keeps its move: " + now);
            HttpResponse<String> visit = call(base, "GET", "/visits/" + code, frontdesk, null);
            assertEquals(200, visit.statusCode(), "a token issued before the kill, a visit made before it");
            String status = "";
            // a message the killed worker had taken is worked again once its local visibility timeout ends
            for (int i = 0; i < 5 * (QueueWorkers.LOCAL_VISIBILITY_SECONDS + 30) && !status.contains("\"DONE\""); i++) {
                Thread.sleep(200);
                status = call(base, "GET", "/print-jobs/" + job, frontdesk, null).body();
            }
            assertTrue(status.contains("\"DONE\""), "the queued label was not rendered after the restart: " + status);
            String etag = call(base, "GET", "/visits/" + code, photo, null).headers().firstValue("ETag").orElseThrow();
            HttpResponse<String> photos = call(base, "POST", "/visits/" + code + "/photos", photo,
                    "{\"key\":\"" + key + "\"}", "If-Match", etag);
            assertEquals(200, photos.statusCode(), "the photo uploaded before the kill: " + photos.body());
        } finally {
            second.destroyForcibly().waitFor();
        }
    }

    private static Process start(List<String> args, String base) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LocalCloud.class.getName()));
        command.addAll(args);
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(Files.createTempFile("local-cloud", ".log").toFile()).start();
        for (int i = 0; i < 600; i++) {
            try {
                if (ApiClient.HTTP.send(HttpRequest.newBuilder(URI.create(base + "/_local/health")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return p;
                }
            } catch (java.io.IOException notYet) {
                // still starting
            }
            assertTrue(p.isAlive(), "the local cloud stopped while starting");
            Thread.sleep(200);
        }
        p.destroyForcibly();
        throw new AssertionError("the local cloud did not start within two minutes");
    }

    private static String token(String base, String user) throws Exception {
        return ApiClient.field(ApiClient.HTTP.send(HttpRequest.newBuilder(URI.create(base + "/_local/token/" + user))
                .build(), HttpResponse.BodyHandlers.ofString()).body(), "token");
    }

    private static HttpResponse<String> call(String base, String method, String path, String token, String body,
                                             String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token);
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        HttpResponse<String> r = ApiClient.HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        ApiClient.heldToTheContract(method, path, r);
        return r;
    }
}
