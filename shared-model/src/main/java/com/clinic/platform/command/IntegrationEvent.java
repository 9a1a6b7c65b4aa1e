package com.clinic.platform.command;

/**
 * A fact one department publishes for others to react to ({@code PaymentCollected}): written to the outbox with
 * the change that caused it and handed by the table's stream to the reacting departments' functions. Its id is
 * deterministic (the record, its version and the type), so a reaction can be made once per event.
 */
public interface IntegrationEvent {
    String id();

    /** The event's type name, by which reacting functions select it. */
    String type();
}
