package com.clinic.aftersales.dynamodb;

import static com.clinic.platform.dynamodb.Attrs.instant;
import static com.clinic.platform.dynamodb.Attrs.item;
import static com.clinic.platform.dynamodb.Attrs.map;
import static com.clinic.platform.dynamodb.Attrs.staff;
import static com.clinic.platform.dynamodb.Attrs.str;

import com.clinic.aftersales.timeline.CustomerTimeline;
import com.clinic.journey.dynamodb.DynamoVisitStore;
import com.clinic.platform.AuditRecord;
import com.clinic.platform.Page;
import com.clinic.platform.PageRequest;
import com.clinic.platform.Role;
import com.clinic.platform.dynamodb.Attrs;
import com.clinic.platform.dynamodb.ClinicTable;
import com.clinic.platform.dynamodb.DynamoAggregateStore;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A customer's timeline: gsi1 {@code TIMELINE#<mobile>}, newest first, over the audit records of every record that
 * concerns her (each written with its change, see {@code RecordKind.concerns}) and the reads of the timeline itself,
 * {@code TIMELINE#<mobile> / READ#<at>#<uuid>}.
 */
public final class TimelineItems implements CustomerTimeline.Store {
    private final ClinicTable table;

    public TimelineItems(ClinicTable table) {
        this.table = table;
    }

    @Override
    public Optional<String> phoneOf(String customerId) {
        return DynamoVisitStore.phoneOf(table, customerId);
    }

    @Override
    public Page<CustomerTimeline.Entry> of(String phone, PageRequest page) {
        return table.query("gsi1", "gsi1pk", DynamoAggregateStore.TIMELINE_PREFIX + phone, page, false,
                TimelineItems::entry);
    }

    @Override
    public void record(String phone, AuditRecord read) {
        String id = UUID.randomUUID().toString();
        table.putIfAbsent(item().put("pk", DynamoAggregateStore.TIMELINE_PREFIX + phone)
                .put("sk", "READ#" + read.at() + "#" + id).put("type", "TIMELINEREAD")
                .put("kind", CustomerTimeline.READ).put("subject", read.subject()).put("at", read.at())
                .put("actor", staff(read.actor()))
                .putStrings("roles", read.roles().stream().map(Role::name).sorted().toList())
                .put("action", read.action()).put("detail", read.detail())
                .put("gsi1pk", DynamoAggregateStore.TIMELINE_PREFIX + phone)
                .put("gsi1sk", read.at() + "#" + CustomerTimeline.READ + "#" + id).build());
    }

    private static CustomerTimeline.Entry entry(Map<String, AttributeValue> i) {
        return new CustomerTimeline.Entry(str(i, "kind"), str(i, "subject"), new AuditRecord(str(i, "subject"),
                instant(i, "at"), staff(map(i, "actor")), Attrs.strings(i, "roles").stream().map(Role::valueOf)
                .collect(Collectors.toSet()), str(i, "action"), str(i, "from"), str(i, "to"), str(i, "detail")));
    }
}
