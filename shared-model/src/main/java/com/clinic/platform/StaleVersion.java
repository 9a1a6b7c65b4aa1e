package com.clinic.platform;

/** The record changed since the client read it: the write was refused so that no one's change is overwritten. */
public final class StaleVersion extends ClinicException {
    public StaleVersion(String message) {
        super(message);
    }
}
