package com.clinic.functions.views;

import com.clinic.functions.api.ApiResponse;
import com.clinic.model.journey.Outcome;
import com.clinic.model.visit.Visit;

/** The answer to a command on a visit: its new state, its ETag, and whether this is a replayed answer. */
public final class VisitAnswers {
    private VisitAnswers() {
    }

    public static ApiResponse changed(Outcome outcome) {
        return tag(ApiResponse.ok(VisitView.of(outcome.visit())), outcome);
    }

    public static ApiResponse created(Outcome outcome) {
        Visit v = outcome.visit();
        return tag(ApiResponse.created(VisitView.of(v), "/visits/" + v.code()), outcome);
    }

    /** C-06: the new visit, and whether the phone number linked it to a customer already known. */
    public static ApiResponse registered(Outcome outcome) {
        Visit v = outcome.visit();
        return tag(ApiResponse.created(new Registered(outcome.existingCustomer(), VisitView.of(v)),
                "/visits/" + v.code()), outcome);
    }

    @io.micronaut.serde.annotation.Serdeable
    public record Registered(boolean existingCustomer, VisitView visit) {
    }

    public static ApiResponse read(Visit v) {
        return ApiResponse.ok(VisitView.of(v)).withHeader("ETag", VisitView.etag(v));
    }

    private static ApiResponse tag(ApiResponse r, Outcome outcome) {
        ApiResponse tagged = r.withHeader("ETag", VisitView.etag(outcome.visit()));
        return outcome.replayed() ? tagged.withHeader("Idempotent-Replayed", "true") : tagged;
    }
}
