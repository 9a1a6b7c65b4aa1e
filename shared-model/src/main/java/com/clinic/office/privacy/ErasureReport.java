package com.clinic.office.privacy;

/**
 * What an erasure did: the pseudonym the kept records now carry, how many records were anonymised, how many files
 * were deleted (every version), and which kinds of record were kept for the medical-records and accounting rules.
 */
public record ErasureReport(String pseudonym, int records, int files, java.util.List<String> kept) {
    public ErasureReport {
        kept = java.util.List.copyOf(kept);
    }

    public String summary() {
        return "anonymised " + records + " records, deleted " + files + " files (every version)"
                + (kept.isEmpty() ? "" : "; kept without her identity: " + String.join(", ", kept));
    }
}
