package com.clinic.printing;

/** What the print worker can render for the front desk and the consultants. */
public enum PrintKind {
    /** C-07: Code 128 and QR of the visit code, with name, date and code. */
    BARCODE_LABEL,
    /** C-13: the reviewed order with list and final prices, total and signature lines. */
    ITEM_SHEET,
    /** C-24 打印自媒体号: the customer's source / self-media account with name, date and visit code. */
    SELF_MEDIA_LABEL,
    /** H-04: a contract signed by both parties, printed as handed over (text, signatures, digest). */
    SIGNED_CONTRACT,
    /** H-19: the head coach's service summary report over the coaches' reviews. */
    SERVICE_SUMMARY,
    /** H-17: the customer's data trend chart over the plan's days (weight, body fat, steps, sleep, heart rate). */
    TREND_CHART,
    /** A customer's copy of everything the clinic holds about her (PIPL art. 45). */
    DATA_COPY
}
