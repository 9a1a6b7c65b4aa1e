package com.clinic.platform;

/** One rejected input field, named by its JSON path in the request (e.g. {@code customer.phone}). */
public record FieldError(String field, String message) {
}
