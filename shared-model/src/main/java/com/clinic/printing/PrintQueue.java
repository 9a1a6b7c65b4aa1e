package com.clinic.printing;

/** Hands a print job to the print worker. */
public interface PrintQueue {
    void enqueue(String jobId);
}
