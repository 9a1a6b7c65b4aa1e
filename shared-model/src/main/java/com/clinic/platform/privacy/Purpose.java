package com.clinic.platform.privacy;

/**
 * What a customer consents to, each separately (PIPL art. 14, and art. 29's separate consent for sensitive data).
 */
public enum Purpose {
    /** Her name, mobile and booking details, to book, fetch, receive, treat and bill her. */
    SERVICE,
    /** Sensitive personal information: the health archive, device readings, photos, videos, exam results. */
    SENSITIVE,
    /** Her marketing source kept, and offers and return visits made to her. */
    MARKETING
}
