package com.clinic.journey;

import com.clinic.platform.command.IntegrationEvent;

/**
 * A fact of a visit that other departments keep a copy of, published with the change that makes it (docs/architecture.md, "Money
 * and facts across departments"). The set is closed and each kind is handed to a {@link Listener} that has a method
 * for every kind, so a department that reacts handles each one (or says why not) and the compiler checks it.
 */
public sealed interface VisitFact extends IntegrationEvent
        permits PaymentCollected, PaymentRefunded, OrderRepriced, JourneyRejected, JourneyRestored,
        CustomerCorrected {
    String visitCode();

    String customerId();

    /** The kind's type name: its record's simple name ({@code PaymentRefunded}). */
    @Override
    default String type() {
        return typeOf(getClass());
    }

    /** Hands the fact to the listener's method for its kind. */
    void sendTo(Listener listener);

    /** A department's reactions, one per kind of fact. */
    interface Listener {
        void on(PaymentCollected fact);

        void on(PaymentRefunded fact);

        void on(OrderRepriced fact);

        void on(JourneyRejected fact);

        void on(JourneyRestored fact);

        void on(CustomerCorrected fact);
    }

    /** The type name of each kind, as the outbox and the stream's filter carry it. */
    static String typeOf(Class<? extends VisitFact> kind) {
        return kind.getSimpleName();
    }

    /** The event id of a visit's change: its code, version and type, the same however often it is written. */
    static String id(String code, long version, Class<? extends VisitFact> kind) {
        return code + "-v" + version + "-" + typeOf(kind);
    }
}
