package com.clinic.platform.api;

/**
 * A function whose Lambda entry point builds no DynamoDB client at start and makes no priming read (see
 * {@code DynamoDbAtStart}): the outbox relay, which never touches the table, and a function whose policy grants
 * no read of it (the calendar loader only writes). A client it needs is built on first use. An interface, not an
 * annotation: the entry point asks before anything else, and the JDK's first annotation read costs ~35 ms.
 */
public interface NoTableAtStart {
}
