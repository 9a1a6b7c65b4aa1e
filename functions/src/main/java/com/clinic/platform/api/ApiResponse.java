package com.clinic.platform.api;

import com.clinic.platform.command.Aggregate;
import com.clinic.platform.command.Outcome;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a handler answers: a status, a body to write as JSON (or none) and extra headers. */
public record ApiResponse(int status, Object body, Map<String, String> headers) {

    public static ApiResponse ok(Object body) {
        return new ApiResponse(200, body, Map.of());
    }

    /** Taken on, finished later (a print job): poll the resource in the body. */
    public static ApiResponse accepted(Object body) {
        return new ApiResponse(202, body, Map.of());
    }

    public static ApiResponse created(Object body, String location) {
        return new ApiResponse(201, body, Map.of("Location", location));
    }

    /**
     * The answer to a command on a record: its version as the ETag the next change sends back (If-Match), and the
     * mark of a replayed answer.
     */
    public ApiResponse taggedWith(Outcome<? extends Aggregate> outcome) {
        ApiResponse tagged = withETag(outcome.value().version());
        return outcome.replayed() ? tagged.withHeader("Idempotent-Replayed", "true") : tagged;
    }

    /** A record as read: its version as the ETag for If-Match. */
    public ApiResponse withETag(long version) {
        return withHeader("ETag", "\"" + version + "\"");
    }

    public ApiResponse withHeader(String name, String value) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.put(name, value);
        return new ApiResponse(status, body, h);
    }
}
