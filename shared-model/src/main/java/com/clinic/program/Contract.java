package com.clinic.program;

import com.clinic.platform.StaffRef;
import java.time.Instant;

/**
 * The program's contract. Offline (H-03): PENDING until the admin files the scan of the signed original and
 * confirms it (SIGNED, 已签署); an unclear or wrong original asks customer service to get it re-signed
 * (RESIGN_REQUESTED). Online (H-04): the customer signs the text's version she was shown in the app
 * (CUSTOMER_SIGNED, its version and digest kept), the admin countersigns for the company (SIGNED), and the signed
 * PDF is printed ({@code pdfJobId}).
 */
public record Contract(Status status, String scanKey, long scanBytes, String unreadableReason, StaffRef by,
                       Instant at, String textVersion, String textDigest, Signed customer, Signed company,
                       String pdfJobId) {
    public enum Status { PENDING, RESIGN_REQUESTED, CUSTOMER_SIGNED, SIGNED }

    /** A party's signature: the name signed (the customer's as typed, the signer's for the company) and when. */
    public record Signed(String id, String name, Instant at) {
    }

    public static final Contract PENDING = new Contract(Status.PENDING, null, 0, null, null, null, null, null, null,
            null, null);

    static Contract offline(Status status, String scanKey, long bytes, String reason, StaffRef by, Instant at) {
        return new Contract(status, scanKey, bytes, reason, by, at, null, null, null, null, null);
    }
}
