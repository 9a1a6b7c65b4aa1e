package com.clinic.platform.views;

import com.clinic.journey.visit.Visit;
import com.clinic.journey.visit.VisitAccess;
import com.clinic.journey.visit.VisitPart;
import com.clinic.platform.Actor;
import com.clinic.platform.Page;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.command.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The answer to a command on a visit: its new state, its ETag, and whether this is a replayed answer. */
public final class VisitAnswers {
    private VisitAnswers() {
    }

    public static ApiResponse changed(Actor actor, Outcome<Visit> outcome) {
        return ApiResponse.ok(VisitView.of(actor, outcome.value())).taggedWith(outcome);
    }

    public static ApiResponse created(Actor actor, Outcome<Visit> outcome) {
        Visit v = outcome.value();
        return ApiResponse.created(VisitView.of(actor, v), "/visits/" + v.code()).taggedWith(outcome);
    }

    /** C-06: the new visit, and whether the phone number linked it to a customer already known. */
    public static ApiResponse registered(Actor actor, Outcome<Visit> outcome) {
        Visit v = outcome.value();
        return ApiResponse.created(new Registered(outcome.existingCustomer(), VisitView.of(actor, v)),
                "/visits/" + v.code()).taggedWith(outcome);
    }

    @io.micronaut.serde.annotation.Serdeable
    public record Registered(boolean existingCustomer, VisitView visit) {
    }

    /** A page of a work list, each visit as the caller may see it (phones masked for roles that do not call). */
    public static ApiResponse list(Actor actor, Page<Visit> page) {
        List<VisitView> shown = new ArrayList<>();
        for (Visit v : page.items()) {
            Set<VisitPart> parts = VisitAccess.parts(actor, v);
            if (!parts.isEmpty()) {
                shown.add(VisitView.of(v, parts));
            }
        }
        return ApiResponse.ok(new PageView<>(shown, page.next()));
    }

    public static ApiResponse read(Actor actor, Visit v) {
        return ApiResponse.ok(VisitView.of(actor, v)).withHeader("ETag", VisitView.etag(v));
    }
}
