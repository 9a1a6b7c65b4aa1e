package com.clinic.model;

/** The addressed record does not exist. */
public final class NotFound extends ClinicException {
    public NotFound(String message) {
        super(message);
    }
}
