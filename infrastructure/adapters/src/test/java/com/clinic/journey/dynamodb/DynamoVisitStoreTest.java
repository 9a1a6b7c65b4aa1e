package com.clinic.journey.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinic.journey.VisitStore;
import com.clinic.journey.visit.ArrivalPlan;
import com.clinic.journey.visit.BookingForm.BookAppointment;
import com.clinic.journey.visit.CustomerProfile;
import com.clinic.journey.visit.Gender;
import com.clinic.journey.visit.TransportMode;
import com.clinic.journey.visit.Visit;
import com.clinic.journey.visit.VisitEvent;
import com.clinic.journey.visit.VisitKind;
import com.clinic.journey.visit.VisitStage;
import com.clinic.platform.AuditRecord;
import com.clinic.platform.InvalidInput;
import com.clinic.platform.Page;
import com.clinic.platform.PageRequest;
import com.clinic.platform.Role;
import com.clinic.platform.StaffRef;
import com.clinic.platform.StaleVersion;
import com.clinic.platform.aws.EmulatedAws;
import com.clinic.platform.command.Decision.Accepted;
import com.clinic.platform.dynamodb.ClinicTable;
import com.clinic.platform.dynamodb.DynamoAggregateStore;
import com.clinic.platform.notification.Notification;
import com.clinic.platform.port.AggregateStore;
import com.clinic.platform.port.IdempotencyKey;
import com.clinic.platform.staff.StaffMember;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class DynamoVisitStoreTest {
    static DynamoVisitStore store;
    static DynamoAggregateStore aggregates;
    static final StaffRef SALES = new StaffRef("s1", "赵开发");
    static final StaffMember DRIVER = new StaffMember("d-" + UUID.randomUUID(), "孙师傅", null, Set.of(Role.DRIVER),
            true);
    static final Instant NOW = Instant.parse("2026-11-22T02:00:00Z");

    @BeforeAll
    static void start() throws Exception {
        aggregates = new DynamoAggregateStore(EmulatedAws.dynamo(), EmulatedAws.ref("ClinicTable"),
                o -> ((Notification) o).id() + ":" + ((Notification) o).title(),
                Map.of(VisitKind.VISIT.name(), VisitItems.MAPPING));
        store = new DynamoVisitStore(EmulatedAws.dynamo(), EmulatedAws.ref("ClinicTable"), aggregates);
    }

    static Accepted<Visit, VisitEvent> book(String code, Instant arrival) {
        return Visit.book(code, "C-" + code, new BookAppointment(
                new CustomerProfile("张丽", "13912345678", Gender.FEMALE, 30, List.of("双眼皮"), "抖音", null),
                new ArrivalPlan(arrival, TransportMode.TRAIN, "G123", "成都东站")), SALES, NOW);
    }

    static AuditRecord audit(Accepted<Visit, VisitEvent> a, String from) {
        return new AuditRecord(a.after().code(), a.event().at(), a.event().by(), Set.of(Role.SALES),
                a.event().action().name(), from, a.after().stage().name(), a.event().summary());
    }

    static String code() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void roundTripsEveryField() {
        Accepted<Visit, VisitEvent> booked = book(code(), Instant.parse("2026-11-23T06:30:00Z"));
        store.create(booked.after(), audit(booked, null), null, null, List.of());
        Visit loaded = aggregates.load(VisitKind.VISIT, booked.after().code(), null, AggregateStore.Related.NONE).record().orElseThrow();
        assertEquals(booked.after(), loaded);
        Accepted<Visit, VisitEvent> assigned = loaded.transport().assignDriver(DRIVER, new StaffRef("x", "钱调度"), "首单", NOW).orThrow();
        aggregates.commit(VisitKind.VISIT, loaded, assigned.after(), audit(assigned, "BOOKED"), null, AggregateStore.Effects.NONE);
        assertEquals(assigned.after(), aggregates.load(VisitKind.VISIT, loaded.code(), null, AggregateStore.Related.NONE).record().orElseThrow());
        List<AuditRecord> trail = store.auditTrail(loaded.code());
        assertEquals(List.of("BOOK_APPOINTMENT", "ASSIGN_DRIVER"), trail.stream().map(AuditRecord::action).toList());
        assertEquals("BOOKED", trail.get(1).fromStage());
    }

    @Test
    void theChangesNotificationsAreWrittenWithItAsOutboxItemsAndARefusedChangeWritesNone() {
        Accepted<Visit, VisitEvent> booked = book(code(), Instant.parse("2026-11-23T06:30:00Z"));
        String code = booked.after().code();
        Notification told = Notification.toRole(code + "-v1", Role.DISPATCHER, "新预约待分配司机", "张丽", code, NOW);
        store.create(booked.after(), audit(booked, null), null, null, List.of(told));
        Map<String, AttributeValue> item = EmulatedAws.dynamo().getItem(b -> b.tableName(EmulatedAws.ref(
                "ClinicTable")).key(Map.of("pk", AttributeValue.fromS(DynamoAggregateStore.OUTBOX_PREFIX + told.id()),
                "sk", AttributeValue.fromS("OUTBOX")))).item();
        assertEquals(told.id() + ":新预约待分配司机", item.get("body").s(), "the queue's message body, as written");
        assertEquals(NOW.plus(DynamoAggregateStore.OUTBOX_TTL).getEpochSecond(), Long.parseLong(item.get("expiresAt").n()));

        Accepted<Visit, VisitEvent> b = booked.after().transport().assignDriver(DRIVER, SALES, null, NOW).orThrow();
        Notification lost = Notification.toStaff(code + "-v9", DRIVER.id(), "新的接送任务", "张丽", code, NOW);
        Visit stale = b.after();
        assertThrows(StaleVersion.class, () -> aggregates.commit(VisitKind.VISIT, stale, b.after(), audit(b, "BOOKED"), null,
                new AggregateStore.Effects(List.of(lost), List.of(), List.of())));
        assertTrue(EmulatedAws.dynamo().getItem(r -> r.tableName(EmulatedAws.ref("ClinicTable")).key(Map.of(
                "pk", AttributeValue.fromS(DynamoAggregateStore.OUTBOX_PREFIX + lost.id()),
                "sk", AttributeValue.fromS("OUTBOX")))).item().isEmpty(), "nothing to tell of a refused change");
    }

    @Test
    void aCodeIsTakenOnceAndAStaleVersionWritesNothing() {
        Accepted<Visit, VisitEvent> booked = book(code(), Instant.parse("2026-11-23T06:30:00Z"));
        store.create(booked.after(), audit(booked, null), null, null, List.of());
        assertThrows(VisitStore.CodeTaken.class, () -> store.create(booked.after(), audit(booked, null), null, null, List.of()));
        Accepted<Visit, VisitEvent> a = booked.after().transport().assignDriver(DRIVER, SALES, null, NOW).orThrow();
        aggregates.commit(VisitKind.VISIT, booked.after(), a.after(), audit(a, "BOOKED"), null, AggregateStore.Effects.NONE);
        Accepted<Visit, VisitEvent> b = booked.after().transport().assignDriver(DRIVER, SALES, null, NOW.plusSeconds(1)).orThrow();
        assertThrows(StaleVersion.class, () -> aggregates.commit(VisitKind.VISIT, booked.after(), b.after(), audit(b, "BOOKED"), null, AggregateStore.Effects.NONE));
        assertEquals(2, store.auditTrail(booked.after().code()).size());
    }

    @Test
    void theIdempotencyRecordIsWrittenWithTheChangeAndReadWithTheVisit() {
        Accepted<Visit, VisitEvent> booked = book(code(), Instant.parse("2026-11-23T06:30:00Z"));
        IdempotencyKey key = new IdempotencyKey("s1", UUID.randomUUID().toString(), "fp");
        store.create(booked.after(), audit(booked, null), key, null, List.of());
        AggregateStore.Loaded<Visit> snap = aggregates.load(VisitKind.VISIT, booked.after().code(), key, AggregateStore.Related.NONE);
        assertEquals(booked.after().code(), snap.recorded().orElseThrow().subject());
        assertEquals(booked.after().version(), snap.recorded().get().version());
        assertEquals("fp", snap.recorded().get().fingerprint());
        Accepted<Visit, VisitEvent> other = book(code(), Instant.parse("2026-11-23T06:30:00Z"));
        assertThrows(AggregateStore.DuplicateRequest.class, () -> store.create(other.after(), audit(other, null), key, null, List.of()));
        assertTrue(aggregates.load(VisitKind.VISIT, other.after().code(), null, AggregateStore.Related.NONE).record().isEmpty(), "nothing written");
    }

    @Test
    void stageListsAreSparsePagedQueries() {
        Instant base = Instant.parse("2031-01-01T00:00:00Z").plusSeconds(new java.util.Random().nextInt(1_000_000));
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            Accepted<Visit, VisitEvent> b = book(code(), base.plusSeconds(i));
            store.create(b.after(), audit(b, null), null, null, List.of());
            codes.add(b.after().code());
        }
        Set<String> seen = new HashSet<>();
        String token = null;
        int pages = 0;
        do {
            Page<Visit> page = store.listQueue(VisitStage.BOOKED.name(), new PageRequest(2, token));
            page.items().forEach(v -> seen.add(v.code()));
            token = page.next();
            pages++;
        } while (token != null && pages < 10_000);
        assertTrue(seen.containsAll(codes));
        String foreign = store.listDriverDay("nobody", LocalDate.of(2031, 1, 1), new PageRequest(1, null)).next();
        assertNull(foreign);
        Page<Visit> first = store.listQueue(VisitStage.BOOKED.name(), new PageRequest(1, null));
        assertNotNull(first.next());
        assertThrows(InvalidInput.class, () -> store.listQueue(VisitStage.DRIVER_ASSIGNED.name(),
                new PageRequest(1, first.next())), "a token only works for the list that issued it");
    }

    @Test
    void aDriversDayFollowsTheAssignmentAndLeavesTheBookedList() {
        Instant arrival = Instant.parse("2032-03-04T01:00:00Z");
        Accepted<Visit, VisitEvent> booked = book(code(), arrival);
        store.create(booked.after(), audit(booked, null), null, null, List.of());
        Accepted<Visit, VisitEvent> assigned = booked.after().transport().assignDriver(DRIVER, SALES, null, NOW).orThrow();
        aggregates.commit(VisitKind.VISIT, booked.after(), assigned.after(), audit(assigned, "BOOKED"), null, AggregateStore.Effects.NONE);
        List<Visit> day = store.listDriverDay(DRIVER.id(), LocalDate.of(2032, 3, 4), new PageRequest(10, null))
                .items();
        assertEquals(List.of(assigned.after().code()), day.stream().map(Visit::code).toList());
        assertFalse(codes(store.listQueue(VisitStage.BOOKED.name(), new PageRequest(100, null)))
                .contains(assigned.after().code()));
    }

    /** The indexes hold keys only; a page comes back from the table in the index's order, as the items are now. */
    @Test
    void aListPageIsReadBackFromTheTableInItsIndexOrder() {
        StaffMember driver = new StaffMember("d-" + UUID.randomUUID(), "李师傅", null, Set.of(Role.DRIVER), true);
        Instant arrival = Instant.parse("2033-05-06T01:00:00Z");
        String[] byArrival = new String[3];
        for (int i : new int[] {2, 0, 1}) {
            Accepted<Visit, VisitEvent> booked = book(code(), arrival.plusSeconds(60L * i));
            store.create(booked.after(), audit(booked, null), null, null, List.of());
            Accepted<Visit, VisitEvent> assigned = booked.after().transport().assignDriver(driver, SALES, null, NOW).orThrow();
            aggregates.commit(VisitKind.VISIT, booked.after(), assigned.after(), audit(assigned, "BOOKED"), null,
                    AggregateStore.Effects.NONE);
            byArrival[i] = assigned.after().code();
        }
        List<Visit> day = store.listDriverDay(driver.id(), LocalDate.of(2033, 5, 6), new PageRequest(10, null))
                .items();
        assertEquals(List.of(byArrival), codes(new Page<>(day, null)), "earliest arrival first, not the order written");
        assertTrue(day.stream().allMatch(v -> v.version() == 2 && driver.id().equals(v.driver().id())));
        Map<String, AttributeValue> entry = EmulatedAws.dynamo().query(b -> b.tableName(EmulatedAws.ref("ClinicTable"))
                .indexName("gsi2").keyConditionExpression("gsi2pk = :p").expressionAttributeValues(Map.of(":p",
                        AttributeValue.fromS("DRIVER#" + driver.id() + "#2033-05-06"))).limit(1)).items().get(0);
        assertEquals(Set.of("pk", "sk", "gsi2pk", "gsi2sk"), entry.keySet(), "the index holds keys only");
    }

    private static List<String> codes(Page<Visit> page) {
        return page.items().stream().map(Visit::code).toList();
    }
}
