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
import java.util.Map;

/** An RFC 9457 problem document ({@code application/problem+json}); errors name each bad field. */
@Serdeable
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    private record Kind(String type, String title, int status) {
    }

    /** Each refusal's problem type and status; the message of the refusal becomes the detail. */
    private static final Map<Class<? extends ClinicException>, Kind> KINDS = Map.of(
            InvalidInput.class, new Kind("invalid-input", "Invalid input", 400),
            Unauthenticated.class, new Kind("unauthenticated", "Unauthenticated", 401),
            Forbidden.class, new Kind("forbidden", "Forbidden", 403),
            NotFound.class, new Kind("not-found", "Not found", 404),
            StaleVersion.class, new Kind("stale-version", "Changed meanwhile", 409),
            Refused.class, new Kind("refused", "Not allowed in this state", 409),
            IdempotencyKeyReused.class, new Kind("idempotency-key-reused", "Idempotency-Key reused", 422),
            PreconditionRequired.class, new Kind("precondition-required", "If-Match required", 428));

    /** The problem for a refusal of the domain or the API layer. */
    public static Problem of(ClinicException e) {
        Kind k = KINDS.get(e.getClass());
        if (k == null) {
            throw new IllegalArgumentException("no problem type for " + e.getClass());
        }
        return new Problem("/problems/" + k.type(), k.title(), k.status(), e.getMessage(),
                e instanceof InvalidInput i ? i.errors() : List.of());
    }

    public static Problem internal() {
        return new Problem("/problems/internal", "Internal error", 500,
                "the request failed on our side; it is logged and safe to retry", List.of());
    }
}
