package com.clinic.functions.api;

import com.clinic.model.ClinicException;

/** The body is not sent as JSON. */
public final class UnsupportedMediaType extends ClinicException {
    public UnsupportedMediaType(String message) {
        super(message);
    }
}
