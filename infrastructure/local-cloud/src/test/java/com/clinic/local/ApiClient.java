package com.clinic.local;

import com.clinic.emulators.Contract;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A front end's view of the local cloud: JSON calls with a demo user's token (none when the user is null). */
final class ApiClient {
    static final HttpClient HTTP = HttpClient.newHttpClient();

    private static LocalCloud shared;

    private final LocalCloud cloud;
    private final String base;

    /** One local cloud for all end-to-end tests of the JVM, stopped when it exits. */
    static synchronized LocalCloud sharedCloud() throws Exception {
        if (shared == null) {
            LocalCloud started = new LocalCloud(new LocalCloud.Options(0, null, 0, 0, 0));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (Exception ignored) {
                    // the JVM is exiting
                }
            }));
            shared = started;
        }
        return shared;
    }

    /** A client of the shared local cloud. */
    static ApiClient shared() throws Exception {
        return new ApiClient(sharedCloud());
    }

    LocalCloud cloud() {
        return cloud;
    }

    ApiClient(LocalCloud cloud) {
        this.cloud = cloud;
        this.base = "http://127.0.0.1:" + cloud.port();
    }

    HttpResponse<String> call(String method, String path, String user, String body, String... headers)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        b.header("Content-Type", "application/json");
        if (user != null) {
            b.header("Authorization", "Bearer " + cloud.token(user));
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        heldToTheContract(method, path, r);
        return r;
    }

    /**
     * Every answer of a documented route keeps to openapi.yaml: a status it declares, a body valid against the
     * schema of that status and content type. (A path no route matches is the gateway's plain 404.)
     */
    static void heldToTheContract(String method, String path, HttpResponse<String> r) {
        Contract.routeOf(method, path.split("\\?")[0]).ifPresent(route -> {
            java.util.List<String> wrong = Contract.violations(route, r.statusCode(),
                    r.headers().firstValue("Content-Type").orElse(null), r.body());
            if (!wrong.isEmpty()) {
                throw new AssertionError(method + " " + path + ": " + wrong);
            }
        });
    }

    /** The first string value of a JSON field, found by name. */
    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    static int count(String haystack, String needle) {
        return haystack.split(Pattern.quote(needle), -1).length - 1;
    }
}
