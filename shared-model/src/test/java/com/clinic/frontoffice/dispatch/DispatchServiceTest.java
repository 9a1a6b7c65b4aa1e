package com.clinic.frontoffice.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinic.journey.InMemory;
import com.clinic.journey.VisitCommands;
import com.clinic.journey.visit.ArrivalForm;
import com.clinic.journey.visit.BookingForm;
import com.clinic.journey.visit.CustomerForm;
import com.clinic.journey.visit.DriverForm;
import com.clinic.journey.visit.Visit;
import com.clinic.platform.Actor;
import com.clinic.platform.AuditRecord;
import com.clinic.platform.IdempotencyKeyReused;
import com.clinic.platform.InvalidInput;
import com.clinic.platform.NotFound;
import com.clinic.platform.PageRequest;
import com.clinic.platform.PreconditionRequired;
import com.clinic.platform.Role;
import com.clinic.platform.StaleVersion;
import com.clinic.platform.command.Outcome;
import com.clinic.platform.notification.Notification;
import com.clinic.platform.port.IdGenerator;
import com.clinic.platform.port.IdempotencyKey;
import com.clinic.platform.staff.StaffMember;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The use cases over in-memory ports: idempotency, versions and who may see what. */
class DispatchServiceTest {
    static final Instant NOW = Instant.parse("2026-11-22T02:00:00Z");
    final InMemory.Visits store = new InMemory.Visits();
    final Map<String, Visit> visits = store.byCode;
    final List<AuditRecord> audits = store.audits;
    final List<Notification> sent = store.outbox;
    final InMemory.Staff staff = new InMemory.Staff();
    int codes;

    // The first code drawn collides with an existing visit, to show a fresh one is drawn.
    final IdGenerator ids = now -> codes++ == 0 ? "V261123-TAKEN0" : "V261123-CODE0" + codes;
    final DispatchService service = new DispatchService(
            new VisitCommands(store, store, Clock.fixed(NOW, ZoneOffset.UTC), new InMemory.Timers(), ids), store,
                    staff);
    final Actor sales = new Actor("s", "赵开发", Set.of(Role.SALES));
    final Actor dispatcher = new Actor("d", "钱调度", Set.of(Role.DISPATCHER));
    DispatchServiceTest() {
        StaffMember wang = new StaffMember("w", "王师傅", null, Set.of(Role.DRIVER), true);
        staff.save(wang);
        store.staff.put("w", wang);
    }

    final BookingForm form = new BookingForm(new CustomerForm("张丽", "13912345678", null, null, null, null, null),
            new ArrivalForm("2026-11-23T14:30:00+08:00", "TRAIN", "G1", "东站"));

    @Test
    void aTakenCodeIsDrawnAgain() {
        visits.put("V261123-TAKEN0", Visit.book("V261123-TAKEN0", "C0", form.validate(NOW), sales.ref(), NOW).after());
        Outcome<Visit> o = service.book(sales, form, null);
        assertEquals("V261123-CODE02", o.value().code());
        assertEquals(1, sent.size());
        Outcome<Visit> again = service.book(sales, form, null);
        assertTrue(again.existingCustomer(), "the same phone links to the same customer");
        assertEquals(o.value().customerId(), again.value().customerId());
    }

    @Test
    void aRetriedCommandIsAnsweredFromItsRecord() {
        IdempotencyKey key = new IdempotencyKey("s", "k1", "fp");
        Outcome<Visit> first = service.book(sales, form, key);
        Outcome<Visit> again = service.book(sales, form, key);
        assertTrue(again.replayed());
        assertEquals(first.value(), again.value());
        assertEquals(1, visits.size());
        assertThrows(IdempotencyKeyReused.class, () -> service.book(sales, form, new IdempotencyKey("s", "k1", "x")));

        String code = first.value().code();
        IdempotencyKey assign = new IdempotencyKey("d", "k2", "fp2");
        service.assignDriver(dispatcher, code, 1L, new DriverForm("w", null), assign);
        Outcome<Visit> replay = service.assignDriver(dispatcher, code, 1L, new DriverForm("w", null), assign);
        assertTrue(replay.replayed());
        assertEquals(2, audits.stream().filter(a -> a.subject().equals(code)).count());
        assertEquals(2, sent.size(), "the booking's and the assignment's notifications, each written once");
    }

    @Test
    void versionsGuardEveryChange() {
        String code = service.book(sales, form, null).value().code();
        assertThrows(PreconditionRequired.class, () -> service.assignDriver(dispatcher, code, null,
                new DriverForm("w", null), null));
        assertThrows(StaleVersion.class, () -> service.assignDriver(dispatcher, code, 7L,
                new DriverForm("w", null), null));
        assertThrows(InvalidInput.class, () -> service.assignDriver(dispatcher, code, 1L,
                new DriverForm("nobody", null), null));
        assertThrows(NotFound.class, () -> service.assignDriver(dispatcher, "NOPE", 1L,
                new DriverForm("w", null), null));
        assertEquals(1, sent.size(), "only the booking's notification: refused changes write none");
    }

    @Test
    void aDriverSeesOnlyTheirOwnVisits() {
        String code = service.book(sales, form, null).value().code();
        Actor wang = new Actor("w", "王师傅", Set.of(Role.DRIVER));
        assertThrows(NotFound.class, () -> service.get(wang, code));
        service.assignDriver(dispatcher, code, 1L, new DriverForm("w", null), null);
        assertSame(visits.get(code), service.get(wang, code));
        assertEquals(List.of(visits.get(code)), service.assigned(new PageRequest(10, null)).items());
    }
}
