package com.clinic.platform.port;

/**
 * A client's Idempotency-Key, scoped to the caller so two users cannot collide, with a fingerprint of the
 * request it was first used for (method, path and body) so a reuse for another request is caught.
 */
public record IdempotencyKey(String scope, String key, String fingerprint) {
}
