package com.clinic.platform;

/** The actor's roles do not allow the action. */
public final class Forbidden extends ClinicException {
    public Forbidden(String message) {
        super(message);
    }
}
