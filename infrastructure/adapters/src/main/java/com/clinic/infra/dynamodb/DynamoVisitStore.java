package com.clinic.infra.dynamodb;

import static com.clinic.infra.dynamodb.Attrs.item;
import static com.clinic.infra.dynamodb.Attrs.key;
import static com.clinic.infra.dynamodb.Attrs.s;
import static com.clinic.infra.dynamodb.Attrs.str;

import com.clinic.model.AuditRecord;
import com.clinic.model.Page;
import com.clinic.model.PageRequest;
import com.clinic.model.Role;
import com.clinic.model.StaleVersion;
import com.clinic.model.notification.Notification;
import com.clinic.model.port.IdempotencyKey;
import com.clinic.model.port.VisitStore;
import com.clinic.model.visit.CustomerProfile;
import com.clinic.model.visit.Visit;
import com.clinic.model.catalog.CatalogItem;
import com.clinic.model.customer.Customer;
import com.clinic.model.staff.StaffMember;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Visits in the clinic table. A command costs two round trips: one read (the visit and the idempotency
 * record together) and one transaction (the visit on its version, the audit record, the idempotency record and
 * the notifications the change causes). The notifications are outbox items ({@code OUTBOX#<id>}): the table's
 * stream hands each new one to the forwarding function, which puts it on the notifications queue.
 */
public final class DynamoVisitStore implements VisitStore {
    /** How long a retried request is answered from its record; clients retry within minutes, not days. */
    static final Duration IDEMPOTENCY_TTL = Duration.ofHours(24);
    /** The key prefix of outbox items; the stream's filter in template.yaml selects new items by it. */
    public static final String OUTBOX_PREFIX = "OUTBOX#";

    /** How long a forwarded outbox item stays; the stream keeps records for 24 hours, so nothing needs it later. */
    static final Duration OUTBOX_TTL = Duration.ofDays(2);

    private final DynamoDbClient dynamo;
    private final String table;
    private final ClinicTable lists;
    private final Function<Notification, String> messages;

    /** @param messages writes a notification as the notifications queue's message body */
    public DynamoVisitStore(DynamoDbClient dynamo, String table, Function<Notification, String> messages) {
        this.dynamo = dynamo;
        this.table = table;
        this.lists = new ClinicTable(dynamo, table);
        this.messages = messages;
    }

    @Override
    public Snapshot load(String code, IdempotencyKey key, Related related) {
        Map<String, AttributeValue> visitKey = key(VisitItems.pk(code), VisitItems.SK);
        if (key == null && related.staffIds().isEmpty() && related.catalogItemIds().isEmpty()) {
            Map<String, AttributeValue> found = dynamo.getItem(b -> b.tableName(table).key(visitKey)
                    .consistentRead(true)).item();
            return new Snapshot(found == null || found.isEmpty() ? Optional.empty()
                    : Optional.of(VisitItems.fromItem(found)), Optional.empty());
        }
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        keys.add(visitKey);
        if (key != null) {
            keys.add(Idempotency.key(key));
        }
        related.staffIds().forEach(id -> keys.add(DynamoStaffDirectory.profileKey(id)));
        related.catalogItemIds().forEach(id -> keys.add(DynamoCatalogStore.itemKey(id)));
        List<Map<String, AttributeValue>> items = batchGet(keys);
        Optional<Visit> visit = Optional.empty();
        Optional<Recorded> recorded = Optional.empty();
        Map<String, StaffMember> staff = new HashMap<>();
        Map<String, CatalogItem> catalogue = new HashMap<>();
        for (Map<String, AttributeValue> i : items) {
            switch (str(i, "sk")) {
                case VisitItems.SK -> visit = Optional.of(VisitItems.fromItem(i));
                case Idempotency.SK -> recorded = Optional.of(Idempotency.fromItem(i));
                case DynamoStaffDirectory.PROFILE -> staff.put(str(i, "id"), DynamoStaffDirectory.fromItem(i));
                default -> catalogue.put(str(i, "id"), DynamoCatalogStore.fromItem(i));
            }
        }
        return new Snapshot(visit, recorded, staff, catalogue);
    }

    @Override
    public Prepared prepareCreate(String phone, IdempotencyKey key) {
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        keys.add(phoneKey(phone));
        if (key != null) {
            keys.add(Idempotency.key(key));
        }
        Optional<String> customer = Optional.empty();
        Optional<CustomerProfile> known = Optional.empty();
        Optional<Recorded> recorded = Optional.empty();
        for (Map<String, AttributeValue> i : batchGet(keys)) {
            if (Idempotency.SK.equals(str(i, "sk"))) {
                recorded = Optional.of(Idempotency.fromItem(i));
            } else {
                customer = Optional.of(str(i, "customerId"));
                known = i.containsKey("profile") ? Optional.of(VisitItems.customer(i.get("profile").m()))
                        : Optional.empty();
            }
        }
        return new Prepared(customer, known, recorded);
    }

    /** One consistent BatchGetItem (at most 100 keys), retrying what DynamoDB left unprocessed. */
    private List<Map<String, AttributeValue>> batchGet(List<Map<String, AttributeValue>> keys) {
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
    public void create(Visit visit, AuditRecord audit, IdempotencyKey key, Customer newCustomer,
                       List<Notification> notifications) {
        Put put = Put.builder().tableName(table).item(VisitItems.toItem(visit))
                .conditionExpression("attribute_not_exists(pk)").build();
        List<TransactWriteItem> customer = new ArrayList<>();
        if (newCustomer != null) {
            customer.add(TransactWriteItem.builder().put(p -> p.tableName(table).item(item()
                    .put("pk", "CUSTOMER#" + newCustomer.id()).put("sk", "PROFILE").put("type", "CUSTOMER")
                    .put("id", newCustomer.id()).put("profile", VisitItems.customer(newCustomer.profile()))
                    .put("createdAt", newCustomer.createdAt()).build())).build());
            // The phone number's item carries the profile too, so a later visit reads the known customer in the
            // same round trip as the idempotency record.
            Map<String, AttributeValue> phone = new java.util.HashMap<>(phoneKey(newCustomer.profile().phone()));
            phone.put("customerId", s(newCustomer.id()));
            phone.put("profile", AttributeValue.fromM(VisitItems.customer(newCustomer.profile())));
            customer.add(TransactWriteItem.builder().put(p -> p.tableName(table).item(phone)
                    .conditionExpression("attribute_not_exists(pk)")).build());
        }
        write(put, audit, visit, key, notifications, customer, CodeTaken::new);
    }

    private static Map<String, AttributeValue> phoneKey(String phone) {
        return key("PHONE#" + phone, "PHONE");
    }

    @Override
    public void update(Visit before, Visit after, AuditRecord audit, IdempotencyKey key,
                       List<Notification> notifications) {
        Put put = Put.builder().tableName(table).item(VisitItems.toItem(after))
                .conditionExpression("version = :v")
                .expressionAttributeValues(Map.of(":v", Attrs.n(before.version()))).build();
        write(put, audit, after, key, notifications, List.of(), () -> new StaleVersion(
                "the visit was changed by someone else meanwhile: reload and try again"));
    }

    /**
     * One transaction: the visit (conditional), its audit record, the idempotency record (if a key), the outbox
     * items and any extra items (a new customer and its phone number, last). A failed condition says which
     * write lost.
     */
    private void write(Put visitPut, AuditRecord audit, Visit after, IdempotencyKey key,
                       List<Notification> notifications, List<TransactWriteItem> extra,
                       java.util.function.Supplier<RuntimeException> onVisitConflict) {
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(TransactWriteItem.builder().put(visitPut).build());
        writes.add(TransactWriteItem.builder().put(p -> p.tableName(table).item(auditItem(after, audit))).build());
        if (key != null) {
            writes.add(TransactWriteItem.builder().put(p -> p.tableName(table)
                    .item(Idempotency.toItem(key, after, audit.at().plus(IDEMPOTENCY_TTL)))
                    .conditionExpression("attribute_not_exists(pk)")).build());
        }
        int idempotency = key == null ? -1 : writes.size() - 1;
        for (Notification n : notifications) {
            writes.add(TransactWriteItem.builder().put(p -> p.tableName(table).item(item()
                    .put("pk", OUTBOX_PREFIX + n.id()).put("sk", "OUTBOX").put("type", "OUTBOX")
                    .put("body", messages.apply(n))
                    .put("expiresAt", audit.at().plus(OUTBOX_TTL).getEpochSecond()).build())).build());
        }
        writes.addAll(extra);
        try {
            dynamo.transactWriteItems(b -> b.transactItems(writes));
        } catch (TransactionCanceledException e) {
            List<CancellationReason> reasons = e.cancellationReasons();
            if (idempotency >= 0 && failed(reasons, idempotency)) {
                throw new DuplicateRequest();
            }
            if (failed(reasons, 0)) {
                throw onVisitConflict.get();
            }
            if (!extra.isEmpty() && failed(reasons, writes.size() - 1)) {
                throw new PhoneTaken();
            }
            throw e;
        }
    }

    private static boolean failed(List<CancellationReason> reasons, int index) {
        return reasons.size() > index && "ConditionalCheckFailed".equals(reasons.get(index).code());
    }

    @Override
    public Page<Visit> listQueue(String queue, PageRequest page) {
        return query("gsi1", "gsi1pk", VisitItems.queuePartition(queue), page);
    }

    @Override
    public Page<Visit> listConsultant(String consultantId, PageRequest page) {
        return query("gsi2", "gsi2pk", VisitItems.consultantPartition(consultantId), page);
    }

    @Override
    public Page<Visit> listExpected(LocalDate day, PageRequest page) {
        return query("gsi3", "gsi3pk", VisitItems.expectedPartition(day), page);
    }

    @Override
    public Page<Visit> listDriverDay(String driverId, LocalDate day, PageRequest page) {
        return query("gsi2", "gsi2pk", VisitItems.driverDayPartition(driverId, day), page);
    }

    private Page<Visit> query(String index, String partitionAttribute, String partition, PageRequest page) {
        return lists.query(index, partitionAttribute, partition, page, VisitItems::fromItem);
    }

    @Override
    public List<AuditRecord> auditTrail(String code) {
        List<AuditRecord> out = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            QueryResponse r = dynamo.query(b -> b.tableName(table)
                    .keyConditionExpression("pk = :pk and begins_with(sk, :a)")
                    .expressionAttributeValues(Map.of(":pk", s(VisitItems.pk(code)), ":a", s("AUDIT#")))
                    .exclusiveStartKey(from));
            r.items().forEach(i -> out.add(auditFromItem(code, i)));
            start = r.hasLastEvaluatedKey() ? r.lastEvaluatedKey() : null;
        } while (start != null);
        return out;
    }

    private static Map<String, AttributeValue> auditItem(Visit after, AuditRecord a) {
        // The version makes the key unique even when two changes share a millisecond.
        return item().put("pk", VisitItems.pk(after.code()))
                .put("sk", "AUDIT#" + a.at() + "#" + String.format("%06d", after.version()))
                .put("type", "AUDIT").put("at", a.at()).put("actor", VisitItems.staff(a.actor()))
                .putStrings("roles", a.roles().stream().map(Role::name).sorted().toList())
                .put("action", a.action()).put("from", a.fromStage()).put("to", a.toStage())
                .put("detail", a.detail()).build();
    }

    private static AuditRecord auditFromItem(String code, Map<String, AttributeValue> i) {
        return new AuditRecord(code, Attrs.instant(i, "at"), VisitItems.staff(Attrs.map(i, "actor")),
                Attrs.strings(i, "roles").stream().map(Role::valueOf).collect(Collectors.toSet()),
                str(i, "action"), str(i, "from"), str(i, "to"), str(i, "detail"));
    }

    /**
     * The idempotency record, kept for a day: the request's fingerprint and what a retry must answer (the visit
     * and the version the request produced). It is small on purpose: it is written in every command's
     * transaction, where each kilobyte costs two write units.
     */
    static final class Idempotency {
        static final String SK = "IDEMPOTENCY";

        static Map<String, AttributeValue> key(IdempotencyKey k) {
            return Attrs.key("IDEMPOTENCY#" + k.scope() + "#" + k.key(), SK);
        }

        static Map<String, AttributeValue> toItem(IdempotencyKey k, Visit result, java.time.Instant expires) {
            Map<String, AttributeValue> item = new java.util.HashMap<>(key(k));
            item.put("fingerprint", s(k.fingerprint()));
            item.put("subject", s(result.code()));
            item.put("version", Attrs.n(result.version()));
            item.put("expiresAt", Attrs.n(expires.getEpochSecond()));
            return item;
        }

        static Recorded fromItem(Map<String, AttributeValue> item) {
            return new Recorded(str(item, "fingerprint"), str(item, "subject"), Attrs.num(item, "version"));
        }
    }
}
