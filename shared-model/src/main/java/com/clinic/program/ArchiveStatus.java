package com.clinic.program;

/** Where a health archive stands (H-05…H-07), as the archive keeps it and the program follows it. */
public enum ArchiveStatus { EMPTY, SUBMITTED, AUDIT_PASSED, FAILED, SENT_BACK, CONFIRMED }
