package com.clinic.clinical.exam;

import com.clinic.platform.StaffRef;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * An uploaded exam file whose key names no known visit: kept and listed for the lab, never dropped, until the lab
 * attaches it to the right visit or discards it with a reason ({@code resolution} says which visit or why).
 */
public record QuarantinedFile(String id, String key, long size, String reason, Instant at, Status status,
                              String resolution, StaffRef resolvedBy, Instant resolvedAt) {

    public enum Status { OPEN, ATTACHED, DISCARDED }

    public static QuarantinedFile of(String key, long size, String reason, Instant at) {
        return new QuarantinedFile(idOf(key), key, size, reason, at, Status.OPEN, null, null, null);
    }

    /** The entry's id: from the key, so the same upload reported twice is one entry; short and URL-safe. */
    public static String idOf(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8))).substring(0, 24);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public QuarantinedFile resolved(Status how, String resolution, StaffRef by, Instant at) {
        return new QuarantinedFile(id, key, size, reason, this.at, how, resolution, by, at);
    }
}
