package com.clinic.program;

import com.clinic.platform.StaffRef;
import java.time.Instant;

/**
 * The program's contract (H-03 offline so far): PENDING until the admin files the scan of the signed original and
 * confirms it (SIGNED, 已签署); a scan that is unclear or wrong asks customer service to get it re-signed
 * (RESIGN_REQUESTED), and the next scan confirms it.
 */
public record Contract(Status status, String scanKey, long scanBytes, String unreadableReason, StaffRef by,
                       Instant at) {
    public enum Status { PENDING, RESIGN_REQUESTED, SIGNED }

    public static final Contract PENDING = new Contract(Status.PENDING, null, 0, null, null, null);
}
