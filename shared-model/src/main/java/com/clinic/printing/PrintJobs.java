package com.clinic.printing;

import java.util.Optional;

/** Print jobs and their state. */
public interface PrintJobs {
    void create(PrintJob job);

    Optional<PrintJob> find(String id);

    /** Records the outcome of a queued job; false when it was already finished (a re-delivered message). */
    boolean finish(PrintJob finished);
}
