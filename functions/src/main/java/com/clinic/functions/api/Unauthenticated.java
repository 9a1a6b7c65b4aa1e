package com.clinic.functions.api;

import com.clinic.model.ClinicException;

/** No valid token claims reached the function. */
public final class Unauthenticated extends ClinicException {
    public Unauthenticated(String message) {
        super(message);
    }
}
