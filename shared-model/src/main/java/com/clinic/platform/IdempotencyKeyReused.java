package com.clinic.platform;

/** An Idempotency-Key was used again for a different request. */
public final class IdempotencyKeyReused extends ClinicException {
    public IdempotencyKeyReused(String message) {
        super(message);
    }
}
