package com.clinic.office.privacy;

import java.util.List;
import java.util.Map;

/**
 * One record the clinic holds about a customer, as stored: its kind, its id and its stored entries (the record,
 * its audit trail, its list entries), each a map of text, numbers, lists and maps.
 */
public record Holding(String kind, String id, List<Map<String, Object>> entries) {
    public Holding {
        entries = List.copyOf(entries);
    }
}
