package com.clinic.platform.command;

import com.clinic.platform.Actor;
import com.clinic.platform.notification.Notification;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules a kind of record brings to the command path: what its ids look like, who may see one, how its state
 * is named in the audit trail and who hears of its events. Its storage mapping is the adapter's part; nothing of
 * the path itself is written again for a new kind.
 */
public interface RecordKind<A extends Aggregate, E extends DomainEvent> {
    /** The kind's name, stored with its audit and idempotency records ({@code visit}). */
    String name();

    /** The request part that addresses a record of this kind, named when none is found ({@code code}). */
    default String idField() {
        return "id";
    }

    /**
     * Whether a text could be an id at all: one that cannot is answered without a read. By default ids are opaque
     * (a UUID, or a sample's readable id): letters, digits and hyphens, at most 64.
     */
    default boolean isId(String id) {
        return id != null && OPAQUE_ID.matcher(id).matches();
    }

    /** The opaque ids of {@link #isId}. */
    Pattern OPAQUE_ID = Pattern.compile("[0-9A-Za-z-]{1,64}");

    /** Whether the record is the actor's business; when not, it is answered as unknown. */
    boolean canSee(Actor actor, A record);

    /**
     * The mobile number of the customer the record concerns: its audit records are filed in her timeline too (one
     * timeline per customer, across departments). Null for a record that concerns no one customer.
     */
    default String concerns(A record) {
        return null;
    }

    /** The record's state for the audit trail (a stage). */
    String state(A record);

    /** Who hears of an event, written with the change (the outbox). */
    List<Notification> notifications(E event, A after);

    /** What other departments learn of an event, written with the change (the outbox). */
    default List<IntegrationEvent> published(E event, A after) {
        return List.of();
    }
}
