package com.clinic.platform.api;

import com.clinic.platform.ClinicException;

/** The body is not sent as JSON. */
public final class UnsupportedMediaType extends ClinicException {
    public UnsupportedMediaType(String message) {
        super(message);
    }
}
