package com.clinic.office.dynamodb;

import com.clinic.office.privacy.CustomerData;
import com.clinic.office.privacy.Erasure;
import com.clinic.office.privacy.ErasureReport;
import com.clinic.office.privacy.Holding;
import com.clinic.platform.dynamodb.ClinicTable;
import com.clinic.platform.dynamodb.DynamoAggregateStore;
import com.clinic.platform.dynamodb.Queries;
import com.clinic.platform.dynamodb.DynamoNotificationInbox;
import com.clinic.platform.port.FileStore;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * A customer's data in the clinic table, found through her timeline (gsi1 {@code TIMELINE#<mobile>}: every record
 * that concerns her) and the items keyed by her number (consents, timeline reads, the number's look-up): each
 * record's whole partition (the record, its audit trail, its entries), and the notifications staff were sent about
 * those records (gsi1 {@code INBOXABOUT#<id>}). Erasure rewrites those items in place, and
 * moves the items whose key holds her number under the pseudonym.
 */
public final class DynamoCustomerData implements CustomerData {
    private static final Set<String> KEYS = Set.of("pk", "sk", "gsi1pk", "gsi1sk", "gsi2pk", "gsi2sk", "gsi3pk",
            "gsi3sk", "expiresAt", "version");
    /** The lines in her timeline that are no record: the reads of it (kept under her number's key, see below). */
    private static final Set<String> NOT_RECORDS = Set.of("timeline-read");
    private static final String ERASED = "(已删除)";

    private final ClinicTable table;
    private final FileStore files;

    public DynamoCustomerData(ClinicTable table, FileStore files) {
        this.table = table;
        this.files = files;
    }

    /** One stored partition of hers: the record's kind and id (or what the key says), and its items. */
    private record Partition(String kind, String id, String pk, List<Map<String, AttributeValue>> items) {
    }

    @Override
    public List<Holding> holdings(String mobile) {
        return partitions(mobile).stream().map(p -> new Holding(p.kind(), p.id(), p.items().stream()
                .map(DynamoCustomerData::plain).toList())).toList();
    }

    private List<Partition> partitions(String mobile) {
        // the index holds keys only: the record's own key, and gsi1sk <at>#<kind>#<id>#<version>
        Map<String, String[]> records = new LinkedHashMap<>();
        for (Map<String, AttributeValue> line : all("gsi1", "gsi1pk", DynamoAggregateStore.TIMELINE_PREFIX + mobile)) {
            String[] sort = s(line, "gsi1sk").split("#");
            if (sort.length >= 3 && !NOT_RECORDS.contains(sort[1])) {
                records.putIfAbsent(s(line, "pk"), new String[] {sort[1], sort[2]});
            }
        }
        List<Partition> out = new ArrayList<>();
        records.forEach((pk, ks) -> out.add(new Partition(ks[0], ks[1], pk, all(null, "pk", pk))));
        // the notifications staff were sent about her records, in their inboxes (the index holds their keys)
        records.forEach((pk, ks) -> {
            List<Map<String, AttributeValue>> sent = table.itemsOf(all("gsi1", "gsi1pk",
                    DynamoNotificationInbox.ABOUT + ks[1]));
            if (!sent.isEmpty()) {
                out.add(new Partition("notification", ks[1], DynamoNotificationInbox.ABOUT + ks[1], sent));
            }
        });
        for (String pk : List.of("PHONE#" + mobile, "CONSENT#" + mobile, DynamoAggregateStore.TIMELINE_PREFIX + mobile)) {
            List<Map<String, AttributeValue>> items = all(null, "pk", pk);
            if (!items.isEmpty()) {
                out.add(new Partition(pk.substring(0, pk.indexOf('#')).toLowerCase(), mobile, pk, items));
            }
            if (pk.startsWith("PHONE#")) {
                items.stream().map(i -> s(i, "customerId")).filter(id -> id != null).distinct().forEach(id ->
                        out.add(new Partition("customer", id, "CUSTOMER#" + id, all(null, "pk", "CUSTOMER#" + id))));
            }
        }
        return out;
    }

    private List<Map<String, AttributeValue>> all(String index, String attribute, String value) {
        return Queries.all(table.client(), b -> b.tableName(table.name()).indexName(index)
                .keyConditionExpression("#k = :v").expressionAttributeNames(Map.of("#k", attribute))
                .expressionAttributeValues(Map.of(":v", AttributeValue.fromS(value))));
    }

    @Override
    public String keepCopy(String key, List<Holding> holdings) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()) {
            g.writeStartObject();
            g.writeArrayFieldStart("records");
            for (Holding h : holdings) {
                g.writeStartObject();
                g.writeStringField("kind", h.kind());
                g.writeStringField("id", h.id());
                g.writeFieldName("entries");
                write(g, h.entries());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.put(key, out.toByteArray(), "application/json");
        return key;
    }

    @Override
    public ErasureReport erase(String mobile, Set<String> names, String pseudonym) {
        // longest first, so a name inside a longer one is not replaced piecemeal
        // (a one-character name would take that character out of every text of hers)
        List<String> byLength = names.stream().filter(n -> n.strip().length() > 1)
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        int records = 0;
        int deleted = 0;
        Set<String> kept = new TreeSet<>();
        for (Partition p : partitions(mobile)) {
            boolean changed = false;
            for (Map<String, AttributeValue> item : p.items()) {
                if (p.pk().startsWith("PHONE#")) {
                    table.client().deleteItem(b -> b.tableName(table.name()).key(key(item)));
                    changed = true;
                    continue;
                }
                changed |= rewrite(item, i -> scrub(i, mobile, byLength, pseudonym));
            }
            records += changed ? 1 : 0;
            if (Erasure.KEPT.contains(p.kind())) {
                kept.add(p.kind());
            }
            for (String folder : Erasure.FILES.getOrDefault(p.kind(), List.of())) {
                deleted += files.eraseAll(folder.replace("{id}", p.id()));
            }
            if ("privacy-request".equals(p.kind())) {
                table.client().deleteItem(b -> b.tableName(table.name())
                        .key(Map.of("pk", AttributeValue.fromS("PRINT#" + Erasure.copyJob(p.id())),
                                "sk", AttributeValue.fromS("JOB"))));
            }
        }
        return new ErasureReport(pseudonym, records, deleted, List.copyOf(kept));
    }

    /**
     * Writes the item rewritten, moved when its key changes. A record (an item with a version) is written only over
     * the version read, and read again when a change came between: a payment taken meanwhile is never lost.
     */
    private boolean rewrite(Map<String, AttributeValue> first, UnaryOperator<Map<String, AttributeValue>> scrub) {
        Map<String, AttributeValue> item = first;
        for (int attempt = 1; ; attempt++) {
            Map<String, AttributeValue> scrubbed = scrub.apply(item);
            if (scrubbed.equals(item)) {
                return false;
            }
            AttributeValue version = item.get("version");
            String unchanged = version == null ? null : "version = :v";
            Map<String, AttributeValue> read = version == null ? null : Map.of(":v", version);
            boolean moved = !key(scrubbed).equals(key(item));
            try {
                // in place: over the version read; moved: the old key goes only if it was not changed meanwhile
                table.client().putItem(b -> b.tableName(table.name()).item(scrubbed)
                        .conditionExpression(moved ? null : unchanged).expressionAttributeValues(moved ? null : read));
                if (moved) {
                    table.client().deleteItem(b -> b.tableName(table.name()).key(key(first))
                            .conditionExpression(unchanged).expressionAttributeValues(read));
                }
            } catch (ConditionalCheckFailedException e) {
                if (attempt == 5) {
                    throw e;
                }
                item = table.client().getItem(b -> b.tableName(table.name()).key(key(first)).consistentRead(true))
                        .item();
                continue;
            }
            return true;
        }
    }

    /** The item with her number and names replaced, her marketing source removed, her other contact data blanked. */
    private static Map<String, AttributeValue> scrub(Map<String, AttributeValue> item, String mobile,
                                                     List<String> names, String pseudonym) {
        Map<String, AttributeValue> out = new LinkedHashMap<>();
        item.forEach((k, v) -> {
            if (Erasure.MARKETING.contains(k)) {
                return;
            }
            out.put(k, Erasure.CONTACT.contains(k) && v.s() != null ? AttributeValue.fromS(ERASED)
                    : scrub(v, mobile, names, pseudonym));
        });
        return out;
    }

    private static AttributeValue scrub(AttributeValue v, String mobile, List<String> names, String pseudonym) {
        if (v.s() != null) {
            String s = v.s().replace(mobile, pseudonym);
            for (String name : names) {
                s = s.replace(name, Erasure.ERASED_NAME);
            }
            return AttributeValue.fromS(s);
        }
        if (v.hasM()) {
            return AttributeValue.fromM(scrub(v.m(), mobile, names, pseudonym));
        }
        if (v.hasL()) {
            return AttributeValue.fromL(v.l().stream().map(x -> scrub(x, mobile, names, pseudonym)).toList());
        }
        if (v.hasSs()) {
            return AttributeValue.fromSs(v.ss().stream().map(x -> scrub(AttributeValue.fromS(x), mobile, names,
                    pseudonym).s()).toList());
        }
        return v;
    }

    private static Map<String, AttributeValue> key(Map<String, AttributeValue> item) {
        return Map.of("pk", item.get("pk"), "sk", item.get("sk"));
    }

    private static String s(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null ? null : v.s();
    }

    /** An item as plain values, without the table's own keys. */
    private static Map<String, Object> plain(Map<String, AttributeValue> item) {
        Map<String, Object> out = new LinkedHashMap<>();
        item.forEach((k, v) -> {
            if (!KEYS.contains(k)) {
                out.put(k, plain(v));
            }
        });
        return out;
    }

    private static Object plain(AttributeValue v) {
        if (v.s() != null) {
            return v.s();
        }
        if (v.n() != null) {
            return new java.math.BigDecimal(v.n());
        }
        if (v.bool() != null) {
            return v.bool();
        }
        if (v.hasM()) {
            return plain(v.m());
        }
        if (v.hasL()) {
            return v.l().stream().map(DynamoCustomerData::plain).toList();
        }
        if (v.hasSs()) {
            return List.copyOf(new LinkedHashSet<>(v.ss()));
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static void write(JsonGenerator g, Object value) throws IOException {
        if (value instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<String, Object> e : ((Map<String, Object>) m).entrySet()) {
                g.writeFieldName(e.getKey());
                write(g, e.getValue());
            }
            g.writeEndObject();
        } else if (value instanceof List<?> l) {
            g.writeStartArray();
            for (Object x : l) {
                write(g, x);
            }
            g.writeEndArray();
        } else if (value instanceof java.math.BigDecimal n) {
            g.writeNumber(n);
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value == null) {
            g.writeNull();
        } else {
            g.writeString(String.valueOf(value));
        }
    }
}
