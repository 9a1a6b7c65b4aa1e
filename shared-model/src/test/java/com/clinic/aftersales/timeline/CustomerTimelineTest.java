package com.clinic.aftersales.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.clinic.journey.InMemory;
import com.clinic.journey.visit.ArrivalPlan;
import com.clinic.journey.visit.BookingForm.BookAppointment;
import com.clinic.journey.visit.CustomerProfile;
import com.clinic.journey.visit.Gender;
import com.clinic.journey.visit.TransportMode;
import com.clinic.journey.visit.Visit;
import com.clinic.journey.visit.VisitKind;
import com.clinic.platform.Actor;
import com.clinic.platform.AuditRecord;
import com.clinic.platform.NotFound;
import com.clinic.platform.Page;
import com.clinic.platform.PageRequest;
import com.clinic.platform.Role;
import com.clinic.platform.StaffRef;
import com.clinic.platform.command.RecordAccess;
import com.clinic.platform.staff.StaffMember;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One timeline per customer: found by id or mobile, whole for after-sales, her consultant's lines only, reads logged. */
class CustomerTimelineTest {
    static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
    static final StaffRef DESK = new StaffRef("f1", "周前台");
    final InMemory.Visits visits = new InMemory.Visits();
    final List<AuditRecord> reads = new ArrayList<>();
    final List<CustomerTimeline.Entry> lines = new ArrayList<>();
    final CustomerTimeline timeline = new CustomerTimeline(new CustomerTimeline.Store() {
        public Optional<String> phoneOf(String customerId) {
            return Optional.ofNullable(Map.of("C1", "13912345678").get(customerId));
        }

        public Page<CustomerTimeline.Entry> of(String phone, PageRequest page) {
            return new Page<>(lines, null);
        }

        public void record(String phone, AuditRecord read) {
            reads.add(read);
        }
    }, new RecordAccess(visits, List.of(VisitKind.VISIT)), Clock.fixed(NOW, ZoneOffset.UTC));

    CustomerTimelineTest() {
        StaffMember feng = new StaffMember("c1", "冯咨询", null, Set.of(Role.CONSULTANT), true);
        Visit v = Visit.book("V261123-AAAAA1", "C1", new BookAppointment(new CustomerProfile("张丽", "13912345678",
                Gender.FEMALE, 30, List.of(), null, null), new ArrivalPlan(NOW, TransportMode.OTHER, null, "医院")),
                DESK, NOW).after().confirmArrival(DESK, NOW).orThrow().after()
                .reception().assignConsultant(feng, DESK, null, NOW).orThrow().after();
        visits.byCode.put(v.code(), v);
        AuditRecord change = new AuditRecord("x", NOW, DESK, Set.of(Role.FRONT_DESK), "X", null, "Y", null);
        lines.add(new CustomerTimeline.Entry("visit", v.code(), change));
        lines.add(new CustomerTimeline.Entry("loan", "L1", change));
        lines.add(new CustomerTimeline.Entry(CustomerTimeline.READ, "13912345678", change));
    }

    @Test
    void afterSalesReadsItWholeByIdOrMobileAndEachReadIsLogged() {
        Actor chen = new Actor("a1", "陈售后", Set.of(Role.AFTER_SALES));
        assertEquals(3, timeline.read(chen, "C1", new PageRequest(20, null)).items().size());
        assertEquals(3, timeline.read(chen, "139 1234 5678", new PageRequest(20, null)).items().size());
        assertEquals(List.of("13912345678", "13912345678"), reads.stream().map(AuditRecord::subject).toList());
        assertThrows(NotFound.class, () -> timeline.read(chen, "C9", new PageRequest(20, null)));
    }

    @Test
    void aConsultantSeesTheLinesOfHerOwnCustomersVisitsOnly() {
        Actor feng = new Actor("c1", "冯咨询", Set.of(Role.CONSULTANT));
        assertEquals(List.of("visit"), timeline.read(feng, "C1", new PageRequest(20, null)).items().stream()
                .map(CustomerTimeline.Entry::kind).toList());
        Actor he = new Actor("c2", "何咨询", Set.of(Role.CONSULTANT));
        assertEquals(List.of(), timeline.read(he, "C1", new PageRequest(20, null)).items());
    }
}
