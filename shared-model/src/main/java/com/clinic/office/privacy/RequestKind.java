package com.clinic.office.privacy;

/** What a customer asks of the clinic about her data (PIPL arts. 45 and 47). */
public enum RequestKind {
    /** A copy of what the clinic holds about her: JSON, and a readable PDF. */
    COPY,
    /** Erasure of what the law lets go; what the medical-records and accounting rules keep stays, no longer hers. */
    ERASURE
}
