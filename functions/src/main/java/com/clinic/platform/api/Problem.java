package com.clinic.platform.api;

import com.clinic.platform.ClinicException;
import com.clinic.platform.FieldError;
import com.clinic.platform.Forbidden;
import com.clinic.platform.IdempotencyKeyReused;
import com.clinic.platform.InvalidInput;
import com.clinic.platform.NotFound;
import com.clinic.platform.PreconditionRequired;
import com.clinic.platform.Refused;
import com.clinic.platform.StaleVersion;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;

/** An RFC 9457 problem document ({@code application/problem+json}); errors name each bad field. */
@Serdeable
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    /** A kind of refusal; {@code field} is the part of the request it concerns, when it is one. */
    private record Kind(String type, String title, int status, String field) {
    }

    /** Each refusal's problem type and status; the message of the refusal becomes the detail. */
    private static final Map<Class<? extends ClinicException>, Kind> KINDS = Map.ofEntries(
            Map.entry(InvalidInput.class, new Kind("invalid-input", "Invalid input", 400, null)),
            Map.entry(Unauthenticated.class, new Kind("unauthenticated", "Unauthenticated", 401, "Authorization")),
            Map.entry(Forbidden.class, new Kind("forbidden", "Forbidden", 403, "Authorization")),
            Map.entry(NotFound.class, new Kind("not-found", "Not found", 404, null)),
            Map.entry(StaleVersion.class, new Kind("stale-version", "Changed meanwhile", 409, "If-Match")),
            Map.entry(Refused.class, new Kind("refused", "Not allowed in this state", 409, null)),
            Map.entry(PayloadTooLarge.class, new Kind("payload-too-large", "Body too large", 413, "body")),
            Map.entry(UnsupportedMediaType.class, new Kind("unsupported-media-type", "Not JSON", 415,
                    "Content-Type")),
            Map.entry(IdempotencyKeyReused.class, new Kind("idempotency-key-reused", "Idempotency-Key reused", 422,
                    "Idempotency-Key")),
            Map.entry(PreconditionRequired.class, new Kind("precondition-required", "If-Match required", 428,
                    "If-Match")));

    /** The problem for a refusal of the domain or the API layer. */
    public static Problem of(ClinicException e) {
        Kind k = KINDS.get(e.getClass());
        if (k == null) {
            throw new IllegalArgumentException("no problem type for " + e.getClass());
        }
        String field = e instanceof NotFound n ? n.field() : k.field();
        List<FieldError> errors = e instanceof InvalidInput i ? i.errors()
                : field == null ? List.of() : List.of(new FieldError(field, e.getMessage()));
        return new Problem("/problems/" + k.type(), k.title(), k.status(), e.getMessage(), errors);
    }

    public static Problem internal() {
        return new Problem("/problems/internal", "Internal error", 500,
                "the request failed on our side; it is logged and safe to retry", List.of());
    }
}
