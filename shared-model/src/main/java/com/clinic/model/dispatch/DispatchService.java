package com.clinic.model.dispatch;

import com.clinic.model.Actor;
import com.clinic.model.AuditRecord;
import com.clinic.model.IdempotencyKeyReused;
import com.clinic.model.InvalidInput;
import com.clinic.model.NotFound;
import com.clinic.model.Page;
import com.clinic.model.PageRequest;
import com.clinic.model.Role;
import com.clinic.model.StaleVersion;
import com.clinic.model.staff.StaffMember;
import com.clinic.model.port.IdGenerator;
import com.clinic.model.port.IdempotencyKey;
import com.clinic.model.port.NotificationPublisher;
import com.clinic.model.port.StaffDirectory;
import com.clinic.model.port.VisitStore;
import com.clinic.model.port.VisitStore.Recorded;
import com.clinic.model.visit.BookingForm;
import com.clinic.model.visit.Decision;
import com.clinic.model.visit.Decision.Accepted;
import com.clinic.model.visit.DriverForm;
import com.clinic.model.visit.Visit;
import com.clinic.model.visit.VisitNotifications;
import com.clinic.model.visit.VisitStage;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Booking and driver dispatch (SPEC C-01…C-04). Each command reads once, lets the {@link Visit} decide, and
 * writes the new state, its audit record and the idempotency record in one conditional transaction.
 */
public final class DispatchService {
    private static final int CODE_ATTEMPTS = 3;

    private final VisitStore visits;
    private final StaffDirectory staff;
    private final NotificationPublisher notifier;
    private final Clock clock;
    private final IdGenerator ids;

    public DispatchService(VisitStore visits, StaffDirectory staff, NotificationPublisher notifier, Clock clock,
                           IdGenerator ids) {
        this.visits = visits;
        this.staff = staff;
        this.notifier = notifier;
        this.clock = clock;
        this.ids = ids;
    }

    /** C-01. */
    public Outcome book(Actor sales, BookingForm form, IdempotencyKey key) {
        if (form == null) {
            throw InvalidInput.of("body", "is required");
        }
        if (key != null) {
            Optional<Outcome> replay = visits.recorded(key).map(r -> replay(r, key));
            if (replay.isPresent()) {
                return replay.get();
            }
        }
        Instant now = clock.instant();
        BookingForm.BookAppointment cmd = form.validate(now);
        for (int attempt = 1; ; attempt++) {
            Accepted booked = Visit.book(ids.visitCode(now), cmd, sales.ref(), now);
            try {
                visits.create(booked.after(), audit(sales, null, booked), key);
                return committed(booked);
            } catch (VisitStore.CodeTaken e) {
                if (attempt == CODE_ATTEMPTS) {
                    throw e;
                }
            } catch (VisitStore.DuplicateRequest e) {
                return replay(visits.recorded(key).orElseThrow(), key);
            }
        }
    }

    /** C-02. */
    public Outcome assignDriver(Actor dispatcher, String code, Long expectedVersion, DriverForm form,
                                IdempotencyKey key) {
        DriverForm valid = requireForm(form).validate(false);
        return execute(dispatcher, code, expectedVersion, key,
                v -> v.assignDriver(driver(valid.driverId()), dispatcher.ref(), valid.reason(), clock.instant()));
    }

    /** C-03. */
    public Outcome changeDriver(Actor dispatcher, String code, Long expectedVersion, DriverForm form,
                                IdempotencyKey key) {
        DriverForm valid = requireForm(form).validate(true);
        return execute(dispatcher, code, expectedVersion, key,
                v -> v.changeDriver(driver(valid.driverId()), dispatcher.ref(), valid.reason(), clock.instant()));
    }

    /** C-04. */
    public Outcome pickUp(Actor driver, String code, Long expectedVersion, IdempotencyKey key) {
        return execute(driver, code, expectedVersion, key, v -> v.pickUp(driver.ref(), clock.instant()));
    }

    /** The appointment detail; a driver sees only the visits assigned to them. */
    public Visit get(Actor actor, String code) {
        Visit v = visits.load(code, null).visit().orElseThrow(() -> notFound(code));
        if (actor.roles().equals(java.util.Set.of(Role.DRIVER))
                && (v.driver() == null || !v.driver().id().equals(actor.id()))) {
            throw notFound(code);
        }
        return v;
    }

    public List<AuditRecord> auditTrail(Actor actor, String code) {
        get(actor, code);
        return visits.auditTrail(code);
    }

    /** The dispatcher's 待分配 list. */
    public Page<Visit> unassigned(PageRequest page) {
        return visits.listByStage(VisitStage.BOOKED, page);
    }

    /** The dispatcher's 已分配 list. */
    public Page<Visit> assigned(PageRequest page) {
        return visits.listByStage(VisitStage.DRIVER_ASSIGNED, page);
    }

    /** A driver's own pick-ups of one day (today in Asia/Shanghai when no day is given). */
    public Page<Visit> driverDay(Actor driver, LocalDate day, PageRequest page) {
        LocalDate d = day != null ? day : com.clinic.model.ShanghaiTime.dateOf(clock.instant());
        return visits.listDriverDay(driver.id(), d, page);
    }

    /** The drivers a dispatcher can pick from. */
    public List<StaffMember> drivers() {
        return staff.withRole(Role.DRIVER);
    }

    private Outcome execute(Actor actor, String code, Long expectedVersion, IdempotencyKey key,
                            Function<Visit, Decision> command) {
        VisitStore.Snapshot snap = visits.load(code, key);
        if (snap.recorded().isPresent()) {
            return replay(snap.recorded().get(), key);
        }
        Visit before = snap.visit().orElseThrow(() -> notFound(code));
        if (expectedVersion == null) {
            throw new com.clinic.model.PreconditionRequired(
                    "send If-Match with the version you last read (the ETag of the visit)");
        }
        if (expectedVersion != before.version()) {
            throw new StaleVersion("the visit changed since version " + expectedVersion + "; it is now version "
                    + before.version() + ": reload and try again");
        }
        Accepted accepted = command.apply(before).orThrow();
        try {
            visits.update(before, accepted.after(), audit(actor, before, accepted), key);
        } catch (VisitStore.DuplicateRequest e) {
            return replay(visits.recorded(key).orElseThrow(), key);
        }
        return committed(accepted);
    }

    private Outcome committed(Accepted accepted) {
        notifier.publish(VisitNotifications.of(accepted.event(), accepted.after()));
        return new Outcome(accepted.after(), false);
    }

    private static Outcome replay(Recorded recorded, IdempotencyKey key) {
        if (!recorded.fingerprint().equals(key.fingerprint())) {
            throw new IdempotencyKeyReused("this Idempotency-Key was already used for a different request");
        }
        return new Outcome(recorded.result(), true);
    }

    private StaffMember driver(String id) {
        return staff.find(id).orElseThrow(() -> InvalidInput.of("driverId", "no staff member " + id));
    }

    private static DriverForm requireForm(DriverForm form) {
        if (form == null) {
            throw InvalidInput.of("body", "is required");
        }
        return form;
    }

    private static AuditRecord audit(Actor actor, Visit before, Accepted accepted) {
        return new AuditRecord(accepted.after().code(), accepted.event().at(), actor.ref(), actor.roles(),
                accepted.event().action(), before == null ? null : before.stage().name(),
                accepted.after().stage().name(), accepted.event().summary());
    }

    private static NotFound notFound(String code) {
        return new NotFound("no visit " + code);
    }
}
