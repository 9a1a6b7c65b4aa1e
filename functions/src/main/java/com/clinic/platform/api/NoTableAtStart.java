package com.clinic.platform.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A function whose Lambda entry point builds no DynamoDB client at start and makes no priming read (see
 * {@code DynamoDbAtStart}): the outbox relay, which never touches the table, and a function whose policy grants
 * no read of it (the calendar loader only writes). A client it needs is built on first use.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface NoTableAtStart {
}
