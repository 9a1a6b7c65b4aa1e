package com.clinic.functions.api;

import com.clinic.model.ClinicException;
import com.clinic.model.FieldError;
import com.clinic.model.Forbidden;
import com.clinic.model.IdempotencyKeyReused;
import com.clinic.model.InvalidInput;
import com.clinic.model.NotFound;
import com.clinic.model.PreconditionRequired;
import com.clinic.model.Refused;
import com.clinic.model.StaleVersion;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** An RFC 9457 problem document ({@code application/problem+json}); errors name each bad field. */
@Serdeable
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    /** The problem for a refusal of the domain or the API layer. */
    public static Problem of(ClinicException e) {
        if (e instanceof InvalidInput i) {
            return new Problem("/problems/invalid-input", "Invalid input", 400, i.getMessage(), i.errors());
        }
        if (e instanceof Unauthenticated) {
            return simple("unauthenticated", "Unauthenticated", 401, e);
        }
        if (e instanceof Forbidden) {
            return simple("forbidden", "Forbidden", 403, e);
        }
        if (e instanceof NotFound) {
            return simple("not-found", "Not found", 404, e);
        }
        if (e instanceof StaleVersion) {
            return simple("stale-version", "Changed meanwhile", 409, e);
        }
        if (e instanceof Refused) {
            return simple("refused", "Not allowed in this state", 409, e);
        }
        if (e instanceof IdempotencyKeyReused) {
            return simple("idempotency-key-reused", "Idempotency-Key reused", 422, e);
        }
        if (e instanceof PreconditionRequired) {
            return simple("precondition-required", "If-Match required", 428, e);
        }
        throw new IllegalArgumentException("no problem type for " + e.getClass());
    }

    public static Problem internal() {
        return new Problem("/problems/internal", "Internal error", 500,
                "the request failed on our side; it is logged and safe to retry", List.of());
    }

    private static Problem simple(String type, String title, int status, ClinicException e) {
        return new Problem("/problems/" + type, title, status, e.getMessage(), List.of());
    }
}
