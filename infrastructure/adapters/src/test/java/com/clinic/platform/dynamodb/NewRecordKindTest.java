package com.clinic.platform.dynamodb;

import static com.clinic.platform.dynamodb.Attrs.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinic.platform.Actor;
import com.clinic.platform.AuditRecord;
import com.clinic.platform.NotFound;
import com.clinic.platform.Refused;
import com.clinic.platform.Role;
import com.clinic.platform.StaffRef;
import com.clinic.platform.StaleVersion;
import com.clinic.platform.aws.EmulatedAws;
import com.clinic.platform.command.Change;
import com.clinic.platform.command.Aggregate;
import com.clinic.platform.command.Commands;
import com.clinic.platform.command.Decision.Accepted;
import com.clinic.platform.command.Decision;
import com.clinic.platform.command.DomainEvent;
import com.clinic.platform.command.Outcome;
import com.clinic.platform.command.RecordKind;
import com.clinic.platform.notification.Notification;
import com.clinic.platform.port.IdempotencyKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A kind of record the clinic does not have — a tally of handed-out sample kits — added the way every new kind
 * is: its rules ({@link RecordKind}, a command returning a {@link Decision}) and its item mapping. Nothing of the
 * command path is written for it, yet it gets versions, audit, idempotency and the outbox.
 */
class NewRecordKindTest {
    record Tally(String id, int count, long version) implements Aggregate {
        Decision<Tally, Counted> add(int n, StaffRef by, Instant at) {
            if (count + n > 10) {
                return Decision.refuse("at most 10 kits");
            }
            Tally after = new Tally(id, count + n, version + 1);
            return new Accepted<>(after, new Counted(id, by, at, n));
        }
    }

    record Counted(String subject, StaffRef by, Instant at, int added) implements DomainEvent {
        public String type() {
            return "KitsCounted";
        }

        public String summary() {
            return "+" + added;
        }
    }

    static final RecordKind<Tally, Counted> TALLY = new RecordKind<>() {
        public String name() {
            return "tally";
        }

        public String idField() {
            return "id";
        }

        public boolean isId(String id) {
            return id.startsWith("T");
        }

        public boolean canSee(Actor actor, Tally t) {
            return actor.hasAny(Role.LAB);
        }

        public String state(Tally t) {
            return Integer.toString(t.count());
        }

        public List<Notification> notifications(Counted e, Tally after) {
            return List.of(Notification.toRole(after.id() + "-v" + after.version(), Role.LAB, "试剂盒", e.summary(),
                    after.id(), e.at()));
        }
    };

    static final ItemMapping<Tally> MAPPING = new ItemMapping<>() {
        public Map<String, AttributeValue> key(String id) {
            return Attrs.key("TALLY#" + id, "TALLY");
        }

        public Map<String, AttributeValue> toItem(Tally t) {
            return item().put("pk", "TALLY#" + t.id()).put("sk", "TALLY").put("id", t.id()).put("count", t.count())
                    .put("version", t.version()).build();
        }

        public Tally fromItem(Map<String, AttributeValue> i) {
            return new Tally(Attrs.str(i, "id"), Attrs.num(i, "count").intValue(), Attrs.num(i, "version"));
        }
    };

    @Test
    void aNewKindNeedsOnlyItsRulesAndItsMapping() {
        String table = EmulatedAws.ref("ClinicTable");
        DynamoAggregateStore store = new DynamoAggregateStore(EmulatedAws.dynamo(), table, o -> ((Notification) o).id(),
                Map.of("tally", MAPPING));
        Commands<Tally, Counted> commands = new Commands<>(TALLY, store, Clock.fixed(Instant.parse(
                "2026-11-23T02:00:00Z"), ZoneOffset.UTC));
        String id = "T" + UUID.randomUUID();
        EmulatedAws.dynamo().putItem(b -> b.tableName(table).item(MAPPING.toItem(new Tally(id, 0, 1))));
        Actor lab = new Actor("lab1", "郑检验", Set.of(Role.LAB));
        IdempotencyKey key = new IdempotencyKey(lab.id(), "k-" + id, "fp");

        Outcome<Tally> added = commands.change(lab, id, 1L, key, Change.of(t -> t.add(3, lab.ref(), commands.now())));
        assertEquals(3, added.value().count());
        Outcome<Tally> retried = commands.change(lab, id, 1L, key, Change.of(t -> t.add(3, lab.ref(), commands.now())));
        assertTrue(retried.replayed());
        assertEquals(3, commands.get(id).count(), "a retry changes nothing twice");
        assertThrows(StaleVersion.class, () -> commands.change(lab, id, 1L, null, Change.of(t -> t.add(1, lab.ref(),
                commands.now()))));
        assertThrows(Refused.class, () -> commands.change(lab, id, 2L, null, Change.of(t -> t.add(8, lab.ref(),
                commands.now()))));
        assertThrows(NotFound.class, () -> commands.change(new Actor("d", "司机", Set.of(Role.DRIVER)), id, 2L, null,
                Change.of(t -> t.add(1, lab.ref(), commands.now()))), "not their business: as unknown");

        List<AuditRecord> trail = store.auditTrail(MAPPING, id);
        assertEquals(List.of("KitsCounted"), trail.stream().map(AuditRecord::action).toList());
        assertEquals("3", trail.get(0).toStage());
        assertTrue(EmulatedAws.dynamo().getItem(b -> b.tableName(table).key(Attrs.key(
                DynamoAggregateStore.OUTBOX_PREFIX + id + "-v2", "OUTBOX"))).hasItem(), "its notification, in the outbox");
    }
}
