package com.clinic.bench;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Write units as DynamoDB's documentation counts them, from the items a command wrote: one unit per started KB of
 * an item, two in a transaction; an index entry is written only where the item's entry in it changes — with
 * keys-only indexes, where its index keys change (the old entry deleted, the new one put, each under 1 KB); with
 * the whole item projected, on every write of an item in the index, at the item's size. DynamoDB Local reports
 * transactions differently (twice these units, and index writes at the item's size whatever the projection), so
 * the benchmark prints both.
 */
final class WriteUnitsByTheRules {
    static final List<String> INDEXES = List.of("gsi1", "gsi2", "gsi3");

    private WriteUnitsByTheRules() {
    }

    /** Units of the table and of keys-only and whole-item indexes for the written items; before is the visit as it was. */
    static int[] of(List<DynamoTiming.Written> written, Map<String, AttributeValue> before) {
        int table = 0;
        int keysOnly = 0;
        int whole = 0;
        for (DynamoTiming.Written w : written) {
            int factor = w.transactional() ? 2 : 1;
            int units = factor * kb(ItemSize.of(w.item()));
            table += units;
            boolean sameItem = before != null && w.item().get("pk").equals(before.get("pk"))
                    && w.item().get("sk").equals(before.get("sk"));
            Map<String, AttributeValue> old = sameItem ? before : Map.of();
            for (String index : INDEXES) {
                AttributeValue oldKey = old.get(index + "pk");
                AttributeValue newKey = w.item().get(index + "pk");
                boolean moved = !Objects.equals(oldKey, newKey)
                        || !Objects.equals(old.get(index + "sk"), w.item().get(index + "sk"));
                int deleted = oldKey != null && moved ? factor : 0;
                keysOnly += deleted + (newKey != null && moved ? factor : 0);
                whole += (oldKey != null && moved ? factor * kb(ItemSize.of(old)) : 0) + (newKey != null ? units : 0);
            }
        }
        return new int[] {table, keysOnly, whole};
    }

    private static int kb(int bytes) {
        return Math.max(1, (bytes + 1023) / 1024);
    }
}
