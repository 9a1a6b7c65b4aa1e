package com.clinic.platform.api;

/** A request's form and the optional part read beside it ({@link ApiRequest#body(Class, String, Class)}); null when not given. */
public record Parted<T, P>(T form, P part) {
}
