package com.clinic.journey.visit;

import java.util.List;

/** What sales records about the customer when booking (C-01) or the front desk at a walk-in (C-06). */
public record CustomerProfile(String name, String phone, Gender gender, Integer age, List<String> wantedItems,
                              String source, String notes) {
    public CustomerProfile {
        wantedItems = wantedItems == null ? List.of() : List.copyOf(wantedItems);
    }

    /**
     * A known customer coming again: who they are (name, gender, age, source) is what the clinic has on record,
     * filled in where the record has a gap; what they want this time (items, notes) is what was typed now.
     */
    public CustomerProfile knownAs(CustomerProfile known) {
        return new CustomerProfile(known.name(), phone, known.gender() != Gender.UNKNOWN ? known.gender() : gender,
                known.age() != null ? known.age() : age, wantedItems, known.source() != null ? known.source() : source,
                notes);
    }
}
