package com.clinic.platform.dynamodb;

import static com.clinic.platform.dynamodb.Attrs.s;

import com.clinic.platform.Page;
import com.clinic.platform.PageRequest;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/** The clinic table: its client, its name, and one page of one partition of it or of an index. */
public final class ClinicTable {
    private final DynamoDbClient dynamo;
    private final String table;

    public ClinicTable(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    public DynamoDbClient client() {
        return dynamo;
    }

    public String name() {
        return table;
    }

    /** Writes the item unless one with its key exists; false when it did (a re-delivery, a second firing). */
    public boolean putIfAbsent(Map<String, AttributeValue> item) {
        try {
            dynamo.putItem(b -> b.tableName(table).item(item).conditionExpression("attribute_not_exists(pk)"));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    /** Writes the item only while the condition holds; false when it did not (someone changed it first). */
    public boolean putIf(Map<String, AttributeValue> item, String condition, Map<String, String> names,
                  Map<String, AttributeValue> values) {
        try {
            dynamo.putItem(b -> b.tableName(table).item(item).conditionExpression(condition)
                    .expressionAttributeNames(names).expressionAttributeValues(values));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    /** DynamoDB's BatchGetItem takes at most this many keys. */
    private static final int BATCH = 100;

    public <T> Page<T> query(String index, String partitionAttribute, String partition, PageRequest page,
                      Function<Map<String, AttributeValue>, T> mapper) {
        return query(index, partitionAttribute, partition, page, true, mapper);
    }

    /** {@code forward} false lists the sort key descending (newest first for time-ordered keys). */
    public <T> Page<T> query(String index, String partitionAttribute, String partition, PageRequest page, boolean forward,
                      Function<Map<String, AttributeValue>, T> mapper) {
        return query(index, partitionAttribute, partition, null, page, forward, mapper);
    }

    /** Sort keys from {@code from} to {@code to}, both included (a month of time-ordered keys). */
    public record Range(String from, String to) {
        /**
         * The keys {@code <instant>#…} of the instants from {@code start} up to {@code end}: each bound is written
         * without its zone letter, so that every instant within a bound's second (whatever its fraction) sorts
         * after the lower bound and an instant at the upper bound's second sorts after the upper one.
         */
        public static Range between(Instant start, Instant end) {
            return new Range(bound(start), bound(end));
        }

        private static String bound(Instant at) {
            String text = at.toString();
            return text.substring(0, text.length() - 1);
        }
    }

    /**
     * A list partitioned by month ({@code <prefix><yyyy-MM>}) read across months, newest month first and newest first
     * within each, from {@code newest} back to {@code oldest}, of sort keys within {@code range}: a page may take
     * items from several months, and its token carries the month it stopped in.
     */
    public <T> Page<T> queryMonths(String index, String partitionAttribute, String prefix, YearMonth newest,
                                   YearMonth oldest, Range range, PageRequest page,
                                   Function<Map<String, AttributeValue>, T> mapper) {
        YearMonth month = newest;
        String inner = null;
        if (page.token() != null) {
            int dot = page.token().indexOf('.');
            try {
                month = YearMonth.parse(dot < 0 ? "" : page.token().substring(0, dot));
            } catch (java.time.DateTimeException e) {
                throw PageTokens.invalid();
            }
            if (month.isAfter(newest) || month.isBefore(oldest)) {
                throw PageTokens.invalid();
            }
            inner = page.token().substring(dot + 1).isEmpty() ? null : page.token().substring(dot + 1);
        }
        List<T> items = new ArrayList<>();
        while (!month.isBefore(oldest)) {
            Page<T> part = query(index, partitionAttribute, prefix + month, range,
                    new PageRequest(page.limit() - items.size(), inner), false, mapper);
            items.addAll(part.items());
            inner = part.next();
            if (inner == null) {
                month = month.minusMonths(1);
            }
            if (items.size() >= page.limit()) {
                return new Page<>(items, month.isBefore(oldest) ? null : month + "." + (inner == null ? "" : inner));
            }
        }
        return new Page<>(items, null);
    }

    /**
     * One page of a partition, of sort keys within {@code range} when one is given. The indexes hold keys only (a
     * change that leaves an item's index keys alone then costs the index nothing), so a page of an index is read
     * back from the table in one strongly consistent BatchGetItem, in the index's order.
     */
    public <T> Page<T> query(String index, String partitionAttribute, String partition, Range range,
                             PageRequest page, boolean forward, Function<Map<String, AttributeValue>, T> mapper) {
        Map<String, AttributeValue> start = PageTokens.decode(page.token(), partitionAttribute, partition);
        Map<String, String> names = new HashMap<>(Map.of("#p", partitionAttribute));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":p", s(partition)));
        String condition = "#p = :p";
        if (range != null) {
            names.put("#s", partitionAttribute.replaceFirst("pk$", "sk"));
            values.put(":from", s(range.from()));
            values.put(":to", s(range.to()));
            condition += " AND #s BETWEEN :from AND :to";
        }
        String keyCondition = condition;
        QueryResponse r = dynamo.query(b -> b.tableName(table).indexName(index)
                .keyConditionExpression(keyCondition).expressionAttributeNames(names)
                .expressionAttributeValues(values)
                .scanIndexForward(forward).limit(page.limit()).exclusiveStartKey(start));
        List<Map<String, AttributeValue>> items = index == null ? r.items() : itemsOf(r.items());
        return new Page<>(items.stream().map(mapper).toList(),
                r.hasLastEvaluatedKey() ? PageTokens.encode(r.lastEvaluatedKey()) : null);
    }

    /**
     * The table's items behind index entries (keys-only), in their order, read in batches of a hundred; an item
     * deleted since the query is left out.
     */
    public List<Map<String, AttributeValue>> itemsOf(List<Map<String, AttributeValue>> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        Map<List<String>, Map<String, AttributeValue>> found = new HashMap<>();
        List<Map<String, AttributeValue>> keys = entries.stream()
                .map(e -> Map.of("pk", e.get("pk"), "sk", e.get("sk"))).distinct().toList();
        for (int from = 0; from < keys.size(); from += BATCH) {
            Map<String, KeysAndAttributes> pending = Map.of(table, KeysAndAttributes.builder()
                    .keys(keys.subList(from, Math.min(keys.size(), from + BATCH))).consistentRead(true).build());
            while (!pending.isEmpty()) {
                Map<String, KeysAndAttributes> ask = pending;
                BatchGetItemResponse got = dynamo.batchGetItem(b -> b.requestItems(ask));
                got.responses().getOrDefault(table, List.of()).forEach(i -> found.put(key(i), i));
                pending = got.hasUnprocessedKeys() ? got.unprocessedKeys() : Map.of();
            }
        }
        List<Map<String, AttributeValue>> out = new ArrayList<>();
        for (Map<String, AttributeValue> e : entries) {
            Map<String, AttributeValue> item = found.get(key(e));
            if (item != null) {
                out.add(item);
            }
        }
        return out;
    }

    private static List<String> key(Map<String, AttributeValue> item) {
        return List.of(item.get("pk").s(), item.get("sk").s());
    }
}
