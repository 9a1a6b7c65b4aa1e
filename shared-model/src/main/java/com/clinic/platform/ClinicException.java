package com.clinic.platform;

/** Base of the domain's refusals; each subtype is one kind of answer the API maps to a status. */
public abstract class ClinicException extends RuntimeException {
    protected ClinicException(String message) {
        super(message, null, false, false);
    }
}
