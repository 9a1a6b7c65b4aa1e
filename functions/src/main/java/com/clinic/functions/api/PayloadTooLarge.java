package com.clinic.functions.api;

import com.clinic.model.ClinicException;

/** The body is far larger than any request of this API. */
public final class PayloadTooLarge extends ClinicException {
    public PayloadTooLarge(String message) {
        super(message);
    }
}
