package com.clinic.frontoffice.dispatch;

import com.clinic.journey.VisitCommands;
import com.clinic.journey.VisitStore;
import com.clinic.journey.visit.BookingForm;
import com.clinic.journey.visit.DriverForm;
import com.clinic.journey.visit.Visit;
import com.clinic.journey.visit.VisitAccess;
import com.clinic.journey.visit.VisitAction;
import com.clinic.journey.visit.VisitPart;
import com.clinic.journey.visit.VisitStage;
import com.clinic.platform.Actor;
import com.clinic.platform.AuditRecord;
import com.clinic.platform.Check;
import com.clinic.platform.InvalidInput;
import com.clinic.platform.Page;
import com.clinic.platform.PageRequest;
import com.clinic.platform.Role;
import com.clinic.platform.ShanghaiTime;
import com.clinic.platform.command.Change;
import com.clinic.platform.command.Commands;
import com.clinic.platform.command.Outcome;
import com.clinic.platform.port.AggregateStore.Related;
import com.clinic.platform.port.IdempotencyKey;
import com.clinic.platform.staff.StaffDirectory;
import com.clinic.platform.staff.StaffMember;
import com.clinic.platform.staff.StaffPicks;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Booking and driver dispatch (SPEC C-01…C-04). */
public final class DispatchService {
    private final VisitCommands commands;
    private final VisitStore visits;
    private final StaffDirectory staff;

    public DispatchService(VisitCommands commands, VisitStore visits, StaffDirectory staff) {
        this.commands = commands;
        this.visits = visits;
        this.staff = staff;
    }

    /** C-01: a booking for a known phone number is linked to that customer. */
    public Outcome<Visit> book(Actor sales, BookingForm form, IdempotencyKey key) {
        if (form == null) {
            throw InvalidInput.of("body", "is required");
        }
        BookingForm.BookAppointment cmd = form.validate(commands.now());
        return commands.create(sales, cmd.customer(), key,
                (code, customerId, customer) -> Visit.book(code, customerId,
                        new BookingForm.BookAppointment(customer, cmd.arrival()), sales.ref(), commands.now()));
    }

    /** C-02. */
    public Outcome<Visit> assignDriver(Actor dispatcher, String code, Long expectedVersion, DriverForm form,
                                IdempotencyKey key) {
        DriverForm valid = Check.body(form).validate(false);
        return commands.change(dispatcher, code, expectedVersion, key,
                Change.reading(Related.staff(valid.driverId()), (v, snap) -> v.transport().assignDriver(
                        StaffPicks.found(snap, "driverId", valid.driverId()), dispatcher.ref(), valid.reason(),
                        commands.now())));
    }

    /** C-03. */
    public Outcome<Visit> changeDriver(Actor dispatcher, String code, Long expectedVersion, DriverForm form,
                                IdempotencyKey key) {
        DriverForm valid = Check.body(form).validate(true);
        return commands.change(dispatcher, code, expectedVersion, key,
                Change.reading(Related.staff(valid.driverId()), (v, snap) -> v.transport().changeDriver(
                        StaffPicks.found(snap, "driverId", valid.driverId()), dispatcher.ref(), valid.reason(),
                        commands.now())));
    }

    /** C-04. */
    public Outcome<Visit> pickUp(Actor driver, String code, Long expectedVersion, IdempotencyKey key) {
        return commands.change(driver, code, expectedVersion, key, Change.of(v -> v.transport().pickUp(driver.ref(),
                commands.now())));
    }

    /** The visit detail, when it is the actor's business ({@link VisitAccess}). */
    public Visit get(Actor actor, String code) {
        return commands.visible(actor, code, VisitPart.IDENTITY);
    }

    /** The audit trail, showing each role only the changes of the parts it may see. */
    public List<AuditRecord> auditTrail(Actor actor, String code) {
        Set<VisitPart> parts = VisitAccess.parts(actor, commands.visible(actor, code, VisitPart.IDENTITY));
        return visits.auditTrail(code).stream()
                .filter(a -> parts.contains(VisitPart.of(VisitAction.valueOf(a.action())))).toList();
    }

    /** The dispatcher's 待分配 list. */
    public Page<Visit> unassigned(PageRequest page) {
        return visits.listQueue(VisitStage.BOOKED.name(), page);
    }

    /** The dispatcher's 已分配 list. */
    public Page<Visit> assigned(PageRequest page) {
        return visits.listQueue(VisitStage.DRIVER_ASSIGNED.name(), page);
    }

    /** A driver's own pick-ups of one day (today in Asia/Shanghai when no day is given). */
    public Page<Visit> driverDay(Actor driver, LocalDate day, PageRequest page) {
        return visits.listDriverDay(driver.id(), day != null ? day : ShanghaiTime.dateOf(commands.now()), page);
    }

    /** The drivers a dispatcher can pick from. */
    public List<StaffMember> drivers() {
        return staff.withRole(Role.DRIVER);
    }
}
