package com.clinic.journey.customer;

import com.clinic.journey.visit.CustomerProfile;
import java.time.Instant;

/**
 * A person the clinic knows, one per phone number: bookings (C-01) and walk-ins (C-06) with a known number link
 * to the same customer instead of creating a twin.
 */
public record Customer(String id, CustomerProfile profile, Instant createdAt) {
}
