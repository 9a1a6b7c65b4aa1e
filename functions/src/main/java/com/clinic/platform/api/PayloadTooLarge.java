package com.clinic.platform.api;

import com.clinic.platform.ClinicException;

/** The body is far larger than any request of this API. */
public final class PayloadTooLarge extends ClinicException {
    public PayloadTooLarge(String message) {
        super(message);
    }
}
