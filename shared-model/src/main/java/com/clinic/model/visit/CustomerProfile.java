package com.clinic.model.visit;

import java.util.List;

/** What sales records about the customer when booking (C-01) or the front desk at a walk-in (C-06). */
public record CustomerProfile(String name, String phone, Gender gender, Integer age, List<String> wantedItems,
                              String source, String notes) {
    public CustomerProfile {
        wantedItems = wantedItems == null ? List.of() : List.copyOf(wantedItems);
    }
}
