package com.clinic.platform.command;

import com.clinic.platform.StaffRef;
import java.time.Instant;

/** What an accepted command did, as a type ({@code DriverAssigned}, {@code PaymentCollected}, …). */
public interface DomainEvent {
    /** The event's type name, as the audit trail records it: by default the event record's own name. */
    default String type() {
        return getClass().getSimpleName();
    }

    /** The id of the record it happened to. */
    String subject();

    StaffRef by();

    Instant at();

    /** One line for the audit trail. */
    String summary();
}
