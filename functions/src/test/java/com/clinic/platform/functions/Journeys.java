package com.clinic.platform.functions;

import com.clinic.journey.VisitStore;
import com.clinic.journey.visit.ArrivalPlan;
import com.clinic.journey.visit.BookingForm.BookAppointment;
import com.clinic.journey.visit.CustomerProfile;
import com.clinic.journey.visit.Forms.PaymentForm;
import com.clinic.journey.visit.Gender;
import com.clinic.journey.visit.OrderItem;
import com.clinic.journey.visit.PaymentMethod;
import com.clinic.journey.visit.TransportMode;
import com.clinic.journey.visit.Visit;
import com.clinic.journey.visit.VisitEvent;
import com.clinic.journey.visit.VisitKind;
import com.clinic.journey.visit.VisitStage;
import com.clinic.platform.AuditRecord;
import com.clinic.platform.Role;
import com.clinic.platform.StaffRef;
import com.clinic.platform.catalog.CatalogItem;
import com.clinic.platform.catalog.CatalogStore;
import com.clinic.platform.command.Decision.Accepted;
import com.clinic.platform.command.Decision;
import com.clinic.platform.port.AggregateStore;
import com.clinic.platform.staff.StaffDirectory;
import com.clinic.platform.staff.StaffMember;
import io.micronaut.context.ApplicationContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Walks visits through the domain to a given stage and stores each step, so tests start where they need to.
 * Versions follow the journey: booked 1, driver 2, picked up 3, arrived 4, triaged 5, in consultation 6,
 * price review 7, price approved 8, paid 9, admitted 10.
 */
public final class Journeys {
    public static final StaffMember DRIVER1 = new StaffMember("demo-driver1", "孙师傅", "13900000003",
            Set.of(Role.DRIVER), true);
    public static final StaffMember DRIVER2 = new StaffMember("demo-driver2", "李师傅", "13900000004",
            Set.of(Role.DRIVER), true);
    public static final StaffMember CONSULTANT = new StaffMember("demo-consultant", "冯咨询", "13900000009",
            Set.of(Role.CONSULTANT), true);
    public static final StaffMember CONSULTANT2 = new StaffMember("demo-consultant2", "何咨询", "13900000020",
            Set.of(Role.CONSULTANT), true);
    public static final StaffMember AFTER_SALES = new StaffMember("demo-aftersales", "陈售后", "13900000010",
            Set.of(Role.AFTER_SALES), true);
    public static final StaffMember HEAD_COACH = new StaffMember("demo-headcoach", "韩主教练", "13900000015",
            Set.of(Role.HEAD_COACH), true);
    public static final StaffMember COACH = new StaffMember("demo-coach", "杨副教练", "13900000016",
            Set.of(Role.ASSISTANT_COACH), true);
    public static final StaffMember SERVICE = new StaffMember("demo-service", "卫客服", "13900000012",
            Set.of(Role.CUSTOMER_SERVICE), true);
    public static final StaffMember HEALTH_MANAGER = new StaffMember("demo-manager", "沈健康", "13900000014",
            Set.of(Role.HEALTH_MANAGER), true);
    public static final CatalogItem EYELID = new CatalogItem("double-eyelid", "双眼皮", 1_500_000, true, Instant.EPOCH);
    public static final CatalogItem FRECKLE = new CatalogItem("freckle-removal", "祛斑", 318_000, true, Instant.EPOCH);
    static final StaffRef STAFF = new StaffRef("demo-admin", "王超管");

    private final VisitStore visits;
    private final AggregateStore store;
    private final Instant now;

    public Journeys(ApplicationContext context, Instant now) {
        this.visits = context.getBean(VisitStore.class);
        this.store = context.getBean(AggregateStore.class);
        this.now = now;
        StaffDirectory staff = context.getBean(StaffDirectory.class);
        for (StaffMember m : List.of(DRIVER1, DRIVER2, CONSULTANT, CONSULTANT2, AFTER_SALES, HEAD_COACH, COACH,
                SERVICE, HEALTH_MANAGER)) {
            staff.save(m);
        }
        CatalogStore catalogue = context.getBean(CatalogStore.class);
        catalogue.save(EYELID);
        catalogue.save(FRECKLE);
    }

    /** A visit at the stage, arriving the day after {@code now} at 14:30 Shanghai. */
    public Visit seed(String code, VisitStage target) {
        Accepted<Visit, VisitEvent> booked = Visit.book(code, "C-" + code, new BookAppointment(
                new CustomerProfile("张丽", "139" + String.format("%08d", Math.abs(code.hashCode()) % 100_000_000),
                        Gender.FEMALE, 32, List.of("双眼皮"), "抖音", null),
                new ArrivalPlan(now.plusSeconds(86_400), TransportMode.FLIGHT, "CA4102", "T2")),
                new StaffRef("demo-sales", "赵开发"), now);
        visits.create(booked.after(), audit(booked, null), null, null, List.of());
        Visit v = booked.after();
        List<Function<Visit, Decision<Visit, VisitEvent>>> steps = List.of(
                x -> x.transport().assignDriver(DRIVER1, STAFF, null, now),
                x -> x.transport().pickUp(DRIVER1.ref(), now),
                x -> x.confirmArrival(STAFF, now),
                x -> x.reception().assignConsultant(CONSULTANT, STAFF, null, now),
                x -> x.reception().startConsultation("session-" + code.substring(code.length() - 6).toLowerCase(),
                        CONSULTANT.ref(), now),
                x -> x.reception().submitOrder(List.of(
                        new OrderItem(EYELID.id(), EYELID.name(), EYELID.listPrice(), 1_280_000L, "老客户", 1_280_000),
                        new OrderItem(FRECKLE.id(), FRECKLE.name(), FRECKLE.listPrice(), null, null,
                                FRECKLE.listPrice())), CONSULTANT.ref(), now),
                x -> x.billing().reviewPrices(Map.of(), STAFF, now),
                x -> x.billing().collectPayment(List.of(new PaymentForm.Line(PaymentMethod.CASH, x.balance(), null, null, null, null)),
                        List.of("pay-" + code), STAFF, now),
                x -> x.admit(LocalDate.of(2026, 11, 24), AFTER_SALES, null, STAFF, now));
        for (Function<Visit, Decision<Visit, VisitEvent>> step : steps) {
            if (v.stage() == target) {
                break;
            }
            v = apply(v, step);
        }
        return v;
    }

    /** Applies one more step to a stored visit (a price change, a rejection). */
    public Visit apply(Visit before, Function<Visit, Decision<Visit, VisitEvent>> step) {
        Accepted<Visit, VisitEvent> a = step.apply(before).orThrow();
        store.commit(VisitKind.VISIT, before, a.after(), audit(a, before.stage().name()), null, AggregateStore.Effects.NONE);
        return a.after();
    }

    private static AuditRecord audit(Accepted<Visit, VisitEvent> a, String from) {
        return new AuditRecord(a.after().code(), a.event().at(), a.event().by(), Set.of(), a.event().action().name(),
                from, a.after().stage().name(), a.event().summary());
    }
}
