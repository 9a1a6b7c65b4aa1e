package com.clinic.platform;

/** The addressed record does not exist (or is not the caller's business); {@code field} names the address. */
public final class NotFound extends ClinicException {
    private final String field;

    public NotFound(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
