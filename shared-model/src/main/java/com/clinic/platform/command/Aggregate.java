package com.clinic.platform.command;

/** A record kind that commands change: addressed by its id, guarded by its version. */
public interface Aggregate {
    String id();

    long version();
}
