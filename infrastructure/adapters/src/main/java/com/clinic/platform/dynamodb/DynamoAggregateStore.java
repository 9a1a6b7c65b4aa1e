package com.clinic.platform.dynamodb;

import static com.clinic.platform.dynamodb.Attrs.item;
import static com.clinic.platform.dynamodb.Attrs.s;
import static com.clinic.platform.dynamodb.Attrs.str;

import com.clinic.platform.AuditRecord;
import com.clinic.platform.Role;
import com.clinic.platform.StaleVersion;
import com.clinic.platform.catalog.CatalogItem;
import com.clinic.platform.command.Aggregate;
import com.clinic.platform.command.IntegrationEvent;
import com.clinic.platform.command.RecordKind;
import com.clinic.platform.notification.Notification;
import com.clinic.platform.port.AggregateStore;
import com.clinic.platform.port.IdempotencyKey;
import com.clinic.platform.port.TimerScheduler.Timer;
import com.clinic.platform.staff.StaffMember;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * The command path's storage for every kind of record, by its {@link ItemMapping}. A command costs two round
 * trips: one BatchGetItem (the record, the idempotency record, the staff and catalogue items it names) and one
 * transaction (the record on its version, the audit record, the idempotency record, the outbox items). The
 * outbox items ({@code OUTBOX#<id>}) reach the notifications queue through the table's stream.
 */
public final class DynamoAggregateStore implements AggregateStore {
    /** How long a retried request is answered from its record; clients retry within minutes, not days. */
    public static final Duration IDEMPOTENCY_TTL = Duration.ofHours(24);
    /** The key prefix of outbox items; the stream's filter in template.yaml selects new items by it. */
    public static final String OUTBOX_PREFIX = "OUTBOX#";
    /** How long a forwarded outbox item stays; the stream keeps records for 24 hours, so nothing needs it later. */
    public static final Duration OUTBOX_TTL = Duration.ofDays(2);

    private final DynamoDbClient dynamo;
    private final String table;
    /** The key prefix of published events; reacting functions select them by it and by their type. */
    public static final String EVENT_PREFIX = "EVENT#";
    /** The partition of a customer's timeline (gsi1), by her mobile number. */
    public static final String TIMELINE_PREFIX = "TIMELINE#";

    private final Function<Object, String> json;
    private final Map<String, ItemMapping<?>> mappings;

    /**
     * @param json     writes a notification (the notifications queue's message body) or a published event as JSON
     * @param mappings each kind's item mapping, by the kind's name
     */
    public DynamoAggregateStore(DynamoDbClient dynamo, String table, Function<Object, String> json,
                                Map<String, ItemMapping<?>> mappings) {
        this.dynamo = dynamo;
        this.table = table;
        this.json = json;
        this.mappings = Map.copyOf(mappings);
    }

    @SuppressWarnings("unchecked")
    private <A extends Aggregate> ItemMapping<A> mapping(RecordKind<A, ?> kind) {
        ItemMapping<A> m = (ItemMapping<A>) mappings.get(kind.name());
        if (m == null) {
            throw new IllegalStateException("no item mapping for " + kind.name());
        }
        return m;
    }

    @Override
    public <A extends Aggregate> Loaded<A> load(RecordKind<A, ?> kind, String id, IdempotencyKey key,
                                                Related related) {
        ItemMapping<A> mapping = mapping(kind);
        Map<String, AttributeValue> recordKey = mapping.key(id);
        if (key == null && related.isEmpty()) {
            Map<String, AttributeValue> found = dynamo.getItem(b -> b.tableName(table).key(recordKey)
                    .consistentRead(true)).item();
            return new Loaded<>(found == null || found.isEmpty() ? Optional.empty()
                    : Optional.of(mapping.fromItem(found)), Optional.empty());
        }
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        keys.add(recordKey);
        if (key != null) {
            keys.add(Idempotency.key(key));
        }
        related.staffIds().forEach(s -> keys.add(DynamoStaffDirectory.profileKey(s)));
        related.catalogItemIds().forEach(c -> keys.add(DynamoCatalogStore.itemKey(c)));
        Map<AggregateStore.Ref<?>, Map<String, AttributeValue>> refKeys = new HashMap<>();
        related.records().forEach(r -> refKeys.put(r, mapping(r.kind()).key(r.id())));
        keys.addAll(refKeys.values());
        Optional<A> record = Optional.empty();
        Optional<Recorded> recorded = Optional.empty();
        Map<String, StaffMember> staff = new HashMap<>();
        Map<String, CatalogItem> catalogue = new HashMap<>();
        Map<String, Aggregate> records = new HashMap<>();
        for (Map<String, AttributeValue> i : batchGet(keys)) {
            Optional<AggregateStore.Ref<?>> ref = refKeys.entrySet().stream().filter(e -> sameKey(i, e.getValue()))
                    .map(Map.Entry::getKey).findFirst();
            if (sameKey(i, recordKey)) {
                record = Optional.of(mapping.fromItem(i));
            } else if (ref.isPresent()) {
                records.put(ref.get().name(), mapping(ref.get().kind()).fromItem(i));
            } else if (Idempotency.SK.equals(str(i, "sk"))) {
                recorded = Optional.of(Idempotency.fromItem(i));
            } else if (DynamoStaffDirectory.PROFILE.equals(str(i, "sk"))) {
                staff.put(str(i, "id"), DynamoStaffDirectory.fromItem(i));
            } else {
                catalogue.put(str(i, "id"), DynamoCatalogStore.fromItem(i));
            }
        }
        return new Loaded<>(record, recorded, staff, catalogue, records);
    }

    private static boolean sameKey(Map<String, AttributeValue> item, Map<String, AttributeValue> key) {
        return key.entrySet().stream().allMatch(e -> e.getValue().equals(item.get(e.getKey())));
    }

    /** One consistent BatchGetItem (at most 100 keys), retrying what DynamoDB left unprocessed. */
    public List<Map<String, AttributeValue>> batchGet(List<Map<String, AttributeValue>> keys) {
        Map<String, KeysAndAttributes> request = Map.of(table, KeysAndAttributes.builder().keys(keys)
                .consistentRead(true).build());
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        while (!request.isEmpty()) {
            Map<String, KeysAndAttributes> pending = request;
            BatchGetItemResponse response = dynamo.batchGetItem(b -> b.requestItems(pending));
            items.addAll(response.responses().getOrDefault(table, List.of()));
            request = response.unprocessedKeys();
        }
        return items;
    }

    @Override
    public Optional<Recorded> recorded(IdempotencyKey key) {
        Map<String, AttributeValue> found = dynamo.getItem(b -> b.tableName(table).key(Idempotency.key(key))
                .consistentRead(true)).item();
        return found == null || found.isEmpty() ? Optional.empty() : Optional.of(Idempotency.fromItem(found));
    }

    @Override
    public <A extends Aggregate> void commit(RecordKind<A, ?> kind, A before, A after, AuditRecord audit,
                                             IdempotencyKey key, Effects effects) {
        ItemMapping<A> mapping = mapping(kind);
        Write record = new Write(TransactWriteItem.builder().put(p -> p.tableName(table).item(mapping.toItem(after))
                .conditionExpression("version = :v")
                .expressionAttributeValues(Map.of(":v", Attrs.n(before.version())))).build(),
                () -> new StaleVersion("the " + kind.name() + " was changed by someone else meanwhile: reload and "
                        + "try again"));
        write(kind, mapping, record, after, audit, key, effects, entries(mapping.entries(before, after)));
    }

    private List<Write> entries(List<Map<String, AttributeValue>> items) {
        return items.stream().map(i -> new Write(TransactWriteItem.builder().put(p -> p.tableName(table).item(i))
                .build(), null)).toList();
    }

    @Override
    public <A extends Aggregate> void create(RecordKind<A, ?> kind, A record, AuditRecord audit, IdempotencyKey key,
                                             Effects effects) {
        ItemMapping<A> mapping = mapping(kind);
        write(kind, mapping, new Write(TransactWriteItem.builder().put(p -> p.tableName(table)
                        .item(mapping.toItem(record)).conditionExpression("attribute_not_exists(pk)")).build(),
                AlreadyExists::new), record, audit, key, effects, entries(mapping.entries(null, record)));
    }

    /** A following record's writes: itself (on its version, or made), its audit record, its list entries. */
    private <F extends Aggregate> List<Write> follower(AggregateStore.Follower<F> f) {
        ItemMapping<F> mapping = mapping(f.kind());
        List<Write> out = new ArrayList<>();
        out.add(new Write(TransactWriteItem.builder().put(p -> {
            p.tableName(table).item(mapping.toItem(f.after()));
            if (f.before() == null) {
                p.conditionExpression("attribute_not_exists(pk)");
            } else {
                p.conditionExpression("version = :v").expressionAttributeValues(Map.of(":v",
                        Attrs.n(f.before().version())));
            }
        }).build(), () -> new StaleVersion("the " + f.kind().name() + " was changed by someone else meanwhile: "
                + "reload and try again")));
        out.add(new Write(TransactWriteItem.builder().put(p -> p.tableName(table)
                .item(auditItem(f.kind(), mapping, f.after(), f.audit()))).build(), null));
        out.addAll(entries(mapping.entries(f.before(), f.after())));
        return out;
    }

    /** One item of a transaction and what its failed condition means. */
    public record Write(TransactWriteItem item, Supplier<RuntimeException> onConflict) {
    }

    /**
     * One transaction: the record's write, its audit record, the idempotency record (if a key), the change's
     * effects (outbox notifications and events, armed timers) and any extra writes (a new customer's items, the
     * entries of the record's lists). A
     * failed condition is reported as the item it concerns.
     */
    public <A extends Aggregate> void write(RecordKind<A, ?> kind, ItemMapping<A> mapping, Write record, A after,
                                     AuditRecord audit, IdempotencyKey key, Effects effects, List<Write> extra) {
        List<Write> writes = new ArrayList<>();
        writes.add(record);
        writes.add(new Write(TransactWriteItem.builder().put(p -> p.tableName(table)
                .item(auditItem(kind, mapping, after, audit))).build(), null));
        if (key != null) {
            writes.add(new Write(TransactWriteItem.builder().put(p -> p.tableName(table)
                    .item(Idempotency.toItem(key, after, audit.at().plus(IDEMPOTENCY_TTL)))
                    .conditionExpression("attribute_not_exists(pk)")).build(), DuplicateRequest::new));
        }
        long expires = audit.at().plus(OUTBOX_TTL).getEpochSecond();
        for (Notification n : effects.notifications()) {
            writes.add(new Write(TransactWriteItem.builder().put(p -> p.tableName(table).item(item()
                    .put("pk", OUTBOX_PREFIX + n.id()).put("sk", "OUTBOX").put("type", "OUTBOX")
                    .put("body", json.apply(n)).put("expiresAt", expires).build())).build(), null));
        }
        for (IntegrationEvent e : effects.events()) {
            writes.add(new Write(TransactWriteItem.builder().put(p -> p.tableName(table).item(item()
                    .put("pk", EVENT_PREFIX + e.id()).put("sk", "EVENT").put("type", "EVENT")
                    .put("eventType", e.type()).put("body", json.apply(e)).put("expiresAt", expires).build()))
                    .build(), null));
        }
        for (Timer t : effects.armed()) {
            writes.add(new Write(TransactWriteItem.builder().put(p -> p.tableName(table)
                    .item(DynamoArmedTimers.toItem(t))).build(), null));
        }
        effects.followers().forEach(f -> writes.addAll(follower(f)));
        writes.addAll(extra);
        try {
            dynamo.transactWriteItems(b -> b.transactItems(writes.stream().map(Write::item).toList()));
        } catch (TransactionCanceledException e) {
            List<CancellationReason> reasons = e.cancellationReasons();
            for (int i = 0; i < reasons.size() && i < writes.size(); i++) {
                if ("ConditionalCheckFailed".equals(reasons.get(i).code()) && writes.get(i).onConflict() != null) {
                    throw writes.get(i).onConflict().get();
                }
            }
            throw e;
        }
    }

    private static <A extends Aggregate> Map<String, AttributeValue> auditItem(RecordKind<A, ?> kind,
                                                                               ItemMapping<A> mapping, A after,
                                                                               AuditRecord a) {
        // The version makes the key unique even when two changes share a millisecond.
        String version = String.format("%06d", after.version());
        Attrs.Item item = item().put("pk", str(mapping.key(after.id()), "pk"))
                .put("sk", "AUDIT#" + a.at() + "#" + version)
                .put("type", "AUDIT").put("kind", kind.name()).put("subject", after.id()).put("at", a.at())
                .put("actor", Attrs.staff(a.actor()))
                .putStrings("roles", a.roles().stream().map(Role::name).sorted().toList())
                .put("action", a.action()).put("from", a.fromStage()).put("to", a.toStage())
                .put("detail", a.detail());
        String customer = kind.concerns(after);
        if (customer != null) {
            // filed in the customer's timeline as well (gsi1, newest first)
            item.put("gsi1pk", TIMELINE_PREFIX + customer)
                    .put("gsi1sk", a.at() + "#" + kind.name() + "#" + after.id() + "#" + version);
        }
        return item.build();
    }

    /** A record's audit trail, oldest first. */
    public <A extends Aggregate> List<AuditRecord> auditTrail(ItemMapping<A> mapping, String id) {
        String pk = str(mapping.key(id), "pk");
        return Queries.all(dynamo, b -> b.tableName(table).keyConditionExpression("pk = :pk and begins_with(sk, :a)")
                .expressionAttributeValues(Map.of(":pk", s(pk), ":a", s("AUDIT#")))).stream()
                .map(i -> new AuditRecord(id, Attrs.instant(i, "at"), Attrs.staff(Attrs.map(i, "actor")),
                        Attrs.strings(i, "roles").stream().map(Role::valueOf).collect(Collectors.toSet()),
                        str(i, "action"), str(i, "from"), str(i, "to"), str(i, "detail"))).toList();
    }

    /**
     * The idempotency record, kept for a day: the request's fingerprint and what a retry must answer (the record
     * and the version the request produced). It is small on purpose: it is written in every command's
     * transaction, where each kilobyte costs two write units.
     */
    public static final class Idempotency {
        public static final String SK = "IDEMPOTENCY";

        public static Map<String, AttributeValue> key(IdempotencyKey k) {
            return Attrs.key("IDEMPOTENCY#" + k.scope() + "#" + k.key(), SK);
        }

        public static Map<String, AttributeValue> toItem(IdempotencyKey k, Aggregate result, Instant expires) {
            Map<String, AttributeValue> item = new HashMap<>(key(k));
            item.put("fingerprint", s(k.fingerprint()));
            item.put("subject", s(result.id()));
            item.put("version", Attrs.n(result.version()));
            item.put("expiresAt", Attrs.n(expires.getEpochSecond()));
            return item;
        }

        public static Recorded fromItem(Map<String, AttributeValue> item) {
            return new Recorded(str(item, "fingerprint"), str(item, "subject"), Attrs.num(item, "version"));
        }
    }
}
