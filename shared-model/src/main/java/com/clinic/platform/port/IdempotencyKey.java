package com.clinic.platform.port;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A client's Idempotency-Key, scoped to the caller so two users cannot collide, with a fingerprint of the
 * request it was first used for (method, path and body) so a reuse for another request is caught.
 */
public record IdempotencyKey(String scope, String key, String fingerprint) {

    /**
     * The id of the record a keyed request creates about a subject (a playback, a companion of a visit): the same
     * caller, key, subject and request always name the same record, so a retry finds the one the first request
     * wrote (a key reused for another request names another record).
     */
    public String recordId(String subject) {
        return UUID.nameUUIDFromBytes((scope + "\n" + key + "\n" + subject + "\n" + fingerprint)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }
}
