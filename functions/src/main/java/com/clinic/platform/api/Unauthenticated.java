package com.clinic.platform.api;

import com.clinic.platform.ClinicException;

/** No valid token claims reached the function. */
public final class Unauthenticated extends ClinicException {
    public Unauthenticated(String message) {
        super(message);
    }
}
