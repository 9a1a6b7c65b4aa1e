package com.clinic.functions.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.clinic.model.Actor;
import com.clinic.model.Check;
import com.clinic.model.InvalidInput;
import com.clinic.model.PageRequest;
import com.clinic.model.port.IdempotencyKey;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;

/** One HTTP call as a handler sees it: the actor, the parameters and the body. */
public final class ApiRequest {
    private static final int MAX_KEY_LENGTH = 128;

    private final APIGatewayV2HTTPEvent event;
    private final Actor actor;
    private final JsonMapper json;

    ApiRequest(APIGatewayV2HTTPEvent event, Actor actor, JsonMapper json) {
        this.event = event;
        this.actor = actor;
        this.json = json;
    }

    public Actor actor() {
        return actor;
    }

    public String path(String name) {
        Map<String, String> p = event.getPathParameters();
        String v = p == null ? null : p.get(name);
        if (v == null || v.isBlank()) {
            throw InvalidInput.of(name, "is required in the path");
        }
        return v;
    }

    public String query(String name) {
        Map<String, String> q = event.getQueryStringParameters();
        return q == null ? null : q.get(name);
    }

    /** A date query parameter (2026-11-23), or null when absent; a malformed one is a 400 naming it. */
    public LocalDate date(String name) {
        String value = query(name);
        if (value == null) {
            return null;
        }
        Check check = new Check();
        LocalDate day = check.date(name, value);
        check.done();
        return day;
    }

    public PageRequest page() {
        return PageRequest.of(query("limit"), query("next"));
    }

    public String header(String name) {
        Map<String, String> h = event.getHeaders();
        if (h == null) {
            return null;
        }
        String v = h.get(name.toLowerCase());
        return v != null ? v : h.get(name);
    }

    /** The JSON body as the given type; a malformed body is a 400 naming the body. */
    public <T> T body(Class<T> type) {
        String raw = rawBody();
        if (raw == null || raw.isBlank()) {
            throw InvalidInput.of("body", "a JSON body is required");
        }
        try {
            T value = json.readValue(raw, type);
            if (value == null) {
                throw InvalidInput.of("body", "a JSON object is required");
            }
            return value;
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInput invalid) {
                throw invalid;
            }
            throw InvalidInput.of("body", "is not valid JSON for this request: " + firstLine(e.getMessage()));
        }
    }

    /** The JSON body as the given type, or null when the request has none. */
    public <T> T optionalBody(Class<T> type) {
        String raw = rawBody();
        return raw == null || raw.isBlank() ? null : body(type);
    }

    /** The version from If-Match ({@code "3"}, {@code W/"3"} or {@code 3}); null when absent. */
    public Long ifMatch() {
        String v = header("If-Match");
        if (v == null || v.isBlank()) {
            return null;
        }
        String digits = v.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw InvalidInput.of("If-Match", "must be the ETag the record was read with, e.g. \"3\"");
        }
    }

    /** The caller's Idempotency-Key with a fingerprint of this request; null when the client sent none. */
    public IdempotencyKey idempotencyKey() {
        String key = header("Idempotency-Key");
        if (key == null) {
            return null;
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c > 32 && c < 127)) {
            throw InvalidInput.of("Idempotency-Key", "must be 1-" + MAX_KEY_LENGTH + " visible ASCII characters");
        }
        String routeKey = event.getRouteKey() + " " + event.getRawPath();
        return new IdempotencyKey(actor.id(), key, sha256(routeKey + "\n" + (rawBody() == null ? "" : rawBody())));
    }

    private String rawBody() {
        String b = event.getBody();
        return b != null && event.getIsBase64Encoded()
                ? new String(Base64.getDecoder().decode(b), StandardCharsets.UTF_8) : b;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
