package com.clinic.journey.dynamodb;

import static com.clinic.platform.dynamodb.Attrs.item;
import static com.clinic.platform.dynamodb.Attrs.key;
import static com.clinic.platform.dynamodb.Attrs.s;
import static com.clinic.platform.dynamodb.Attrs.str;

import com.clinic.journey.VisitStore;
import com.clinic.journey.customer.Customer;
import com.clinic.journey.visit.CustomerProfile;
import com.clinic.journey.visit.Visit;
import com.clinic.journey.visit.VisitKind;
import com.clinic.platform.AuditRecord;
import com.clinic.platform.Page;
import com.clinic.platform.PageRequest;
import com.clinic.platform.dynamodb.ClinicTable;
import com.clinic.platform.dynamodb.DynamoAggregateStore;
import com.clinic.platform.notification.Notification;
import com.clinic.platform.port.AggregateStore.Effects;
import com.clinic.platform.port.AggregateStore.Recorded;
import com.clinic.platform.port.IdempotencyKey;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * What only visits need of the clinic table beyond the command path ({@link DynamoAggregateStore}, which it
 * shares): a new visit written with its customer and phone number in the command's transaction, the work lists
 * (sparse indexes) and the audit trail.
 */
public final class DynamoVisitStore implements VisitStore {
    private final ClinicTable lists;
    private final DynamoAggregateStore store;

    public DynamoVisitStore(DynamoDbClient dynamo, String table, DynamoAggregateStore store) {
        this.lists = new ClinicTable(dynamo, table);
        this.store = store;
    }

    @Override
    public Prepared prepareCreate(String phone, IdempotencyKey key) {
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        keys.add(phoneKey(phone));
        if (key != null) {
            keys.add(DynamoAggregateStore.Idempotency.key(key));
        }
        Optional<String> customer = Optional.empty();
        Optional<CustomerProfile> known = Optional.empty();
        Optional<Recorded> recorded = Optional.empty();
        for (Map<String, AttributeValue> i : store.batchGet(keys)) {
            if (DynamoAggregateStore.Idempotency.SK.equals(str(i, "sk"))) {
                recorded = Optional.of(DynamoAggregateStore.Idempotency.fromItem(i));
            } else {
                customer = Optional.of(str(i, "customerId"));
                known = i.containsKey("profile") ? Optional.of(VisitItems.customer(i.get("profile").m()))
                        : Optional.empty();
            }
        }
        return new Prepared(customer, known, recorded);
    }

    @Override
    public void create(Visit visit, AuditRecord audit, IdempotencyKey key, Customer newCustomer,
                       List<Notification> notifications) {
        Put put = Put.builder().tableName(lists.name()).item(VisitItems.toItem(visit))
                .conditionExpression("attribute_not_exists(pk)").build();
        List<DynamoAggregateStore.Write> customer = new ArrayList<>();
        if (newCustomer != null) {
            Map<String, AttributeValue> profile = new HashMap<>(customerKey(newCustomer.id()));
            profile.putAll(item().put("type", "CUSTOMER").put("id", newCustomer.id())
                    .put("profile", VisitItems.customer(newCustomer.profile()))
                    .put("createdAt", newCustomer.createdAt()).build());
            customer.add(new DynamoAggregateStore.Write(TransactWriteItem.builder().put(p -> p.tableName(lists.name())
                    .item(profile)).build(), null));
            // The phone number's item carries the profile too, so a later visit reads the known customer in the
            // same round trip as the idempotency record.
            Map<String, AttributeValue> phone = new HashMap<>(phoneKey(newCustomer.profile().phone()));
            phone.put("customerId", s(newCustomer.id()));
            phone.put("profile", AttributeValue.fromM(VisitItems.customer(newCustomer.profile())));
            customer.add(new DynamoAggregateStore.Write(TransactWriteItem.builder().put(p -> p.tableName(lists.name())
                    .item(phone).conditionExpression("attribute_not_exists(pk)")).build(), PhoneTaken::new));
        }
        store.write(VisitKind.VISIT, VisitItems.MAPPING, new DynamoAggregateStore.Write(
                TransactWriteItem.builder().put(put).build(), CodeTaken::new), visit, audit, key,
                new Effects(notifications, List.of(), List.of()), customer);
    }

    /** {@code CUSTOMER#<id> / PROFILE}: a customer the clinic knows, with the profile on record. */
    public static Map<String, AttributeValue> customerKey(String customerId) {
        return key("CUSTOMER#" + customerId, "PROFILE");
    }

    /** The mobile number on record of the customer in a {@link #customerKey} item. */
    /** The mobile number on record of the customer with the id, read from her profile item. */
    public static Optional<String> phoneOf(ClinicTable table, String customerId) {
        Map<String, AttributeValue> i = table.client().getItem(b -> b.tableName(table.name()).consistentRead(true)
                .key(customerKey(customerId))).item();
        return i == null || i.isEmpty() ? Optional.empty() : Optional.of(phoneOf(i));
    }

    public static String phoneOf(Map<String, AttributeValue> customer) {
        return VisitItems.customer(customer.get("profile").m()).phone();
    }

    private static Map<String, AttributeValue> phoneKey(String phone) {
        return key("PHONE#" + phone, "PHONE");
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
        return store.auditTrail(VisitItems.MAPPING, code);
    }
}
