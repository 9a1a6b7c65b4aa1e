package com.clinic.platform;

/** The journey's rules refuse the command in the record's current state; the message says why. */
public final class Refused extends ClinicException {
    public Refused(String message) {
        super(message);
    }
}
