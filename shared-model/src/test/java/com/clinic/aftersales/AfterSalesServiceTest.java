package com.clinic.aftersales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinic.aftersales.followup.FollowUpKind;
import com.clinic.aftersales.followup.FollowUpTask;
import com.clinic.journey.InMemory;
import com.clinic.journey.VisitCommands;
import com.clinic.journey.visit.ArrivalPlan;
import com.clinic.journey.visit.BookingForm.BookAppointment;
import com.clinic.journey.visit.CustomerProfile;
import com.clinic.journey.visit.Forms.AdmissionForm;
import com.clinic.journey.visit.Forms.PaymentForm;
import com.clinic.journey.visit.Forms.ReasonForm;
import com.clinic.journey.visit.Gender;
import com.clinic.journey.visit.OrderItem;
import com.clinic.journey.visit.PaymentMethod;
import com.clinic.journey.visit.TransportMode;
import com.clinic.journey.visit.Visit;
import com.clinic.platform.Actor;
import com.clinic.platform.InvalidInput;
import com.clinic.platform.Refused;
import com.clinic.platform.Role;
import com.clinic.platform.StaffRef;
import com.clinic.platform.command.Commands;
import com.clinic.platform.port.TimerScheduler.Timer;
import com.clinic.platform.staff.StaffMember;
import com.clinic.platform.timer.TimerKind;
import com.clinic.platform.timer.Timers;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** C-27 and T-01…T-03 over in-memory ports: timers by name, at 10:00 Shanghai, cancelled and re-armed. */
class AfterSalesServiceTest {
    static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
    final InMemory.Visits visits = new InMemory.Visits();
    final InMemory.Timers timers = new InMemory.Timers();
    final InMemory.Armed armed = new InMemory.Armed(visits);
    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    final VisitCommands commands = new VisitCommands(visits, visits, clock, timers,
            now -> "V261123-AAAAA1");
    final AfterSalesService service = new AfterSalesService(commands,
            new Timers(timers, armed), new Commands<>(FollowUpKind.FOLLOW_UP, visits, clock, timers));
    final Actor chen = new Actor("a1", "陈售后", Set.of(Role.AFTER_SALES));
    final StaffRef desk = new StaffRef("f", "周前台");

    AfterSalesServiceTest() {
        visits.staff.put("a1", new StaffMember("a1", "陈售后", null, Set.of(Role.AFTER_SALES), true));
        StaffMember c = new StaffMember("c1", "冯咨询", null, Set.of(Role.CONSULTANT), true);
        Visit v = Visit.book("V261123-AAAAA1", "C1", new BookAppointment(new CustomerProfile("张丽", "13912345678",
                Gender.FEMALE, 30, List.of(), null, null), new ArrivalPlan(NOW, TransportMode.OTHER, null, "医院")),
                desk, NOW).after();
        v = v.confirmArrival(desk, NOW).orThrow().after().reception().assignConsultant(c, desk, null, NOW).orThrow().after()
                .reception().startConsultation("s", c.ref(), NOW).orThrow().after()
                .reception().submitOrder(List.of(new OrderItem("x", "双眼皮", 100, null, null, 100)), c.ref(), NOW).orThrow().after()
                .billing().reviewPrices(Map.of(), desk, NOW).orThrow().after()
                .billing().collectPayment(List.of(new PaymentForm.Line(PaymentMethod.CASH, 100, null, null, null, null)),
                        List.of("p"), desk, NOW).orThrow().after();
        visits.byCode.put("V261123-AAAAA1", v);
    }

    @Test
    void admissionArmsThreeTimersAtTenShanghaiAndTheyRaiseEachTaskOnce() {
        service.admit(chen, "V261123-AAAAA1", visits.byCode.get("V261123-AAAAA1").version(), new AdmissionForm("2026-11-24", null, null),
                null);
        assertEquals(Set.of("visit-V261123-AAAAA1-followup-d2", "visit-V261123-AAAAA1-followup-d7", "visit-V261123-AAAAA1-followup-d15"),
                timers.pending.keySet());
        Timer d2 = timers.pending.get("visit-V261123-AAAAA1-followup-d2");
        assertEquals(Instant.parse("2026-11-26T02:00:00Z"), d2.at(), "10:00 in Asia/Shanghai on day 2");
        assertEquals(TimerKind.FOLLOW_UP_DAY_2, d2.kind());
        assertEquals("V261123-AAAAA1", d2.subjectId());
        assertEquals(3, armed.of(TimerKind.Subject.VISIT, "V261123-AAAAA1").size(), "recorded with their subject");
        assertTrue(service.raiseFollowUp("V261123-AAAAA1", 2, NOW));
        assertFalse(service.raiseFollowUp("V261123-AAAAA1", 2, NOW), "a second delivery adds nothing");
        assertEquals(Set.of("follow-up#V261123-AAAAA1-D02"), visits.others.keySet());
        FollowUpTask d2Task = (FollowUpTask) visits.others.get("follow-up#V261123-AAAAA1-D02");
        assertEquals("陈售后", d2Task.owner().name());
        assertEquals(List.of("双眼皮"), d2Task.procedures(), "the task shows the operation");
    }

    @Test
    void aRefusedAdmissionArmsNothingAndPastDaysAreRaisedAtOnce() {
        long version = visits.byCode.get("V261123-AAAAA1").version();
        assertThrows(InvalidInput.class, () -> service.admit(chen, "V261123-AAAAA1", version,
                new AdmissionForm("2026-11-24", "nobody", null), null));
        visits.staff.put("fd", new StaffMember("fd", "前台", null, Set.of(Role.FRONT_DESK), true));
        assertThrows(Refused.class, () -> service.admit(chen, "V261123-AAAAA1", version, new AdmissionForm("2026-11-24", "fd",
                null), null));
        assertTrue(timers.pending.isEmpty());
        service.admit(chen, "V261123-AAAAA1", version, new AdmissionForm("2026-11-14", null, null), null);
        assertEquals(Set.of("visit-V261123-AAAAA1-followup-d15"), timers.pending.keySet());
        assertEquals(Set.of("follow-up#V261123-AAAAA1-D02", "follow-up#V261123-AAAAA1-D07"), visits.others.keySet(),
                "days already past are raised at once");
    }

    @Test
    void rejectionCancelsTheTimersAndALateTimerDoesNothingRestoreReArmsThem() {
        service.admit(chen, "V261123-AAAAA1", visits.byCode.get("V261123-AAAAA1").version(), new AdmissionForm("2026-11-24", null, null),
                null);
        service.reject(chen, "V261123-AAAAA1", visits.byCode.get("V261123-AAAAA1").version(), new ReasonForm("客户放弃"), null);
        assertTrue(timers.pending.isEmpty());
        assertFalse(service.raiseFollowUp("V261123-AAAAA1", 7, NOW), "a timer that fired anyway re-checks the journey");
        service.restore(chen, "V261123-AAAAA1", visits.byCode.get("V261123-AAAAA1").version(), null);
        assertEquals(3, timers.pending.size());
    }

    @Test
    void aRejectedJourneysOpenCallsAreCancelledAndRestoredDoneOnesStayDone() {
        service.admit(chen, "V261123-AAAAA1", visits.byCode.get("V261123-AAAAA1").version(),
                new AdmissionForm("2026-11-14", null, null), null);
        FollowUpTask d2 = (FollowUpTask) visits.others.get("follow-up#V261123-AAAAA1-D02");
        visits.others.put("follow-up#" + d2.id(), d2.startCall(chen.ref(), NOW).orThrow().after()
                .writeCareNote("恢复良好", chen.ref(), NOW).orThrow().after());
        service.reject(chen, "V261123-AAAAA1", visits.byCode.get("V261123-AAAAA1").version(), new ReasonForm("客户放弃"), null);
        assertEquals(FollowUpTask.Status.DONE, task("D02").status(), "a done call stays done");
        assertEquals(FollowUpTask.Status.CANCELLED, task("D07").status());
        service.restore(chen, "V261123-AAAAA1", visits.byCode.get("V261123-AAAAA1").version(), null);
        assertEquals(FollowUpTask.Status.OPEN, task("D07").status(), "reopened with the journey");
        assertEquals(FollowUpTask.Status.DONE, task("D02").status());
    }

    FollowUpTask task(String day) {
        return (FollowUpTask) visits.others.get("follow-up#V261123-AAAAA1-" + day);
    }
}
