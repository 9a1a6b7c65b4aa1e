package com.clinic.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A form field holding a number (an amount in fen, a count, an index): clients send it as a JSON number, never as
 * text. Other text fields take strings only, so a number or a flag sent where a name belongs is reported as the
 * wrong type.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Numeric {
    /** Whether a decimal (58.5) is a value of the field; otherwise only a whole number is (never 12.0 or 1e3). */
    boolean decimal() default false;
}
