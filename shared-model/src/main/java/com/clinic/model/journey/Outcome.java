package com.clinic.model.journey;

import com.clinic.model.visit.Visit;

/**
 * The state a command left; whether it is the recorded answer to a retried request; and, for a new visit,
 * whether it was linked to a customer already known by the phone number.
 */
public record Outcome(Visit visit, boolean replayed, boolean existingCustomer) {
    public Outcome(Visit visit, boolean replayed) {
        this(visit, replayed, false);
    }
}
