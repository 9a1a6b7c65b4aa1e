package com.clinic.functions.views;

import com.clinic.functions.api.ApiResponse;
import com.clinic.model.dispatch.Outcome;
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
        return tag(ApiResponse.created(VisitView.of(v), "/appointments/" + v.code()), outcome);
    }

    public static ApiResponse read(Visit v) {
        return ApiResponse.ok(VisitView.of(v)).withHeader("ETag", VisitView.etag(v));
    }

    private static ApiResponse tag(ApiResponse r, Outcome outcome) {
        ApiResponse tagged = r.withHeader("ETag", VisitView.etag(outcome.visit()));
        return outcome.replayed() ? tagged.withHeader("Idempotent-Replayed", "true") : tagged;
    }
}
