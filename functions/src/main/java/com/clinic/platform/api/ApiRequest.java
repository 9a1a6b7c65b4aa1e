package com.clinic.platform.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.clinic.platform.Actor;
import com.clinic.platform.Check;
import com.clinic.platform.InvalidInput;
import com.clinic.platform.PageRequest;
import com.clinic.platform.ShanghaiTime;
import com.clinic.platform.port.IdempotencyKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Pattern;

/** One HTTP call as a handler sees it: the actor, the parameters and the body. */
public final class ApiRequest {
    private static final int MAX_KEY_LENGTH = 128;
    /** What an id in a path may be (openapi.yaml's path parameters say the same, held by OpenApiTest). */
    public static final Pattern PATH_ID = Pattern.compile("[A-Za-z0-9._@:-]{1," + MAX_KEY_LENGTH + "}");
    /** A page token is a list's last key in base64; a longer one was not issued here. */
    private static final int MAX_TOKEN_LENGTH = 1024;

    private final APIGatewayV2HTTPEvent event;
    private final Actor actor;

    ApiRequest(APIGatewayV2HTTPEvent event, Actor actor) {
        this.event = event;
        this.actor = actor;
    }

    public Actor actor() {
        return actor;
    }

    /**
     * A path parameter: a visit code, a staff, job or catalogue id. All are short and plain ASCII; anything else is
     * refused here, before it can reach a storage key.
     */
    public String path(String name) {
        Map<String, String> p = event.getPathParameters();
        String v = p == null ? null : p.get(name);
        if (v == null || v.isBlank()) {
            throw InvalidInput.of(name, "is required in the path");
        }
        if (!PATH_ID.matcher(v).matches()) {
            throw InvalidInput.of(name, "must be 1-" + MAX_KEY_LENGTH + " letters, digits or . _ - @ :");
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

    /**
     * A month query parameter (2026-11) of a list partitioned by month; the month of {@code now} in Shanghai when
     * absent; a malformed one is a 400 naming it.
     */
    public YearMonth month(String name, Instant now) {
        String value = query(name);
        if (value == null || value.isBlank()) {
            return YearMonth.from(ShanghaiTime.dateOf(now));
        }
        Check check = new Check();
        LocalDate first = check.date(name, value.strip() + "-01");
        if (first == null) {
            throw InvalidInput.of(name, "must be a month like 2026-11");
        }
        return YearMonth.from(first);
    }

    public PageRequest page() {
        String next = query("next");
        if (next != null && next.length() > MAX_TOKEN_LENGTH) {
            throw InvalidInput.of("next", "is not a page token of this list");
        }
        return PageRequest.of(query("limit"), next);
    }

    public String header(String name) {
        Map<String, String> h = event.getHeaders();
        if (h == null) {
            return null;
        }
        String v = h.get(name.toLowerCase());
        return v != null ? v : h.get(name);
    }

    /**
     * The JSON body as the given form, read strictly ({@link StrictJson}): 415 unless it is sent as JSON, 413 when
     * far larger than any form, 400 naming each bad field otherwise.
     */
    public <T> T body(Class<T> type) {
        return StrictJson.read(jsonBody(), type);
    }

    /**
     * The body as the given form with one optional part beside it that another context reads (the consent given
     * with a booking, {@code "consent": {…}}), both read strictly.
     */
    public <T, P> Parted<T, P> body(Class<T> type, String part, Class<P> partType) {
        return StrictJson.read(jsonBody(), type, part, partType);
    }

    private String jsonBody() {
        String raw = rawBody();
        if (raw == null || raw.isBlank()) {
            throw InvalidInput.of("body", "a JSON body is required");
        }
        requireJson();
        if (raw.length() > StrictJson.MAX_BODY_CHARS) {
            throw new PayloadTooLarge("the body is larger than any request of this API (" + StrictJson.MAX_BODY_CHARS
                    + " characters)");
        }
        return raw;
    }

    /** Content-Type must say JSON (application/json or a +json type), in UTF-8 if a charset is named. */
    private void requireJson() {
        String type = header("Content-Type");
        String[] parts = type == null ? new String[] {""} : type.toLowerCase(java.util.Locale.ROOT).split(";");
        String media = parts[0].strip();
        boolean json = media.equals("application/json") || (media.startsWith("application/") && media.endsWith("+json"));
        for (int i = 1; i < parts.length && json; i++) {
            String param = parts[i].strip();
            json = !param.startsWith("charset=") || param.equals("charset=utf-8");
        }
        if (!json) {
            throw new UnsupportedMediaType("send the body as application/json (UTF-8)");
        }
    }

    /** For a command that takes no body: one sent anyway is refused rather than silently ignored. */
    public void noBody() {
        String raw = rawBody();
        if (raw != null && !raw.isEmpty()) {
            throw InvalidInput.of("body", "this request takes no body");
        }
    }

    /** The JSON body as the given type, or null when the request has none. */
    public <T> T optionalBody(Class<T> type) {
        String raw = rawBody();
        return raw == null || raw.isEmpty() ? null : body(type);
    }

    /** The version from If-Match ({@code "3"}, {@code W/"3"} or {@code 3}); null when absent. */
    public Long ifMatch() {
        String v = header("If-Match");
        if (v == null || v.isBlank()) {
            return null;
        }
        String digits = v.strip().replaceFirst("^W/", "").replace("\"", "");
        if (!digits.matches("[0-9]{1,18}")) {
            throw InvalidInput.of("If-Match", "must be the ETag the record was read with, e.g. \"3\"");
        }
        return Long.parseLong(digits);
    }

    /**
     * The caller's Idempotency-Key with a fingerprint of this request (route, path, If-Match and body: a retry sends
     * all of them again, so the same key on another version is another request); null when the client sent none.
     */
    public IdempotencyKey idempotencyKey() {
        String key = header("Idempotency-Key");
        if (key == null) {
            return null;
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c > 32 && c < 127)) {
            throw InvalidInput.of("Idempotency-Key", "must be 1-" + MAX_KEY_LENGTH + " visible ASCII characters");
        }
        String routeKey = event.getRouteKey() + " " + event.getRawPath();
        String ifMatch = header("If-Match") == null ? "" : header("If-Match").strip();
        return new IdempotencyKey(actor.id(), key, sha256(routeKey + "\n" + ifMatch + "\n"
                + (rawBody() == null ? "" : rawBody())));
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

}
