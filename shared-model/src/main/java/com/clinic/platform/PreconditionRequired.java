package com.clinic.platform;

/** An update came without the version the client last read (If-Match). */
public final class PreconditionRequired extends ClinicException {
    public PreconditionRequired(String message) {
        super(message);
    }
}
