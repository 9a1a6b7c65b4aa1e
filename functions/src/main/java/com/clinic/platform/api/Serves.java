package com.clinic.platform.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The SPEC ids (C-…, H-…, T-…, or {@code roles} / {@code notices}) a function serves; held against
 * {@code openapi.yaml}'s {@code x-spec} and the coverage table (docs/coverage.md) by the tests.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Serves {
    String[] value();
}
