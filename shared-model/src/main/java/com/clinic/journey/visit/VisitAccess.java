package com.clinic.journey.visit;

import static com.clinic.journey.visit.VisitPart.ADMISSION;
import static com.clinic.journey.visit.VisitPart.ARRIVAL;
import static com.clinic.journey.visit.VisitPart.BILL;
import static com.clinic.journey.visit.VisitPart.BOOKING;
import static com.clinic.journey.visit.VisitPart.CONSULTATION;
import static com.clinic.journey.visit.VisitPart.DEMOGRAPHICS;
import static com.clinic.journey.visit.VisitPart.DISPATCH;
import static com.clinic.journey.visit.VisitPart.EXAMS;
import static com.clinic.journey.visit.VisitPart.IDENTITY;
import static com.clinic.journey.visit.VisitPart.MONEY;
import static com.clinic.journey.visit.VisitPart.ORDER;
import static com.clinic.journey.visit.VisitPart.PHONE;
import static com.clinic.journey.visit.VisitPart.PHONE_MASKED;
import static com.clinic.journey.visit.VisitPart.PHOTOS;
import static com.clinic.journey.visit.VisitPart.TRIAGE;
import static com.clinic.journey.visit.VisitPart.WANTED_ITEMS;

import com.clinic.platform.Actor;
import com.clinic.platform.Role;
import com.clinic.platform.StaffRef;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Who may see which visit, and which parts of it (PIPL's minimum necessary): each role sees the visits its work
 * touches and, of those, the parts that work needs. A person holding several roles sees the union. A visit with
 * no visible part does not exist for the caller: reads and commands answer 404, exactly as for an unknown code,
 * so a code cannot be probed. The access table of docs/privacy.md is this class, written out.
 */
public final class VisitAccess {

    /** One role's reach: which visits (given the caller and the visit) and which parts of them. */
    private record Grant(BiPredicate<Actor, Visit> scope, Set<VisitPart> parts) {
    }

    private static final Map<Role, Grant> GRANTS = new EnumMap<>(Role.class);

    static {
        GRANTS.put(Role.SALES, new Grant((a, v) -> is(v.bookedBy(), a),
                EnumSet.of(IDENTITY, DEMOGRAPHICS, PHONE, BOOKING, WANTED_ITEMS, ARRIVAL, DISPATCH)));
        GRANTS.put(Role.DISPATCHER, new Grant((a, v) -> true,
                EnumSet.of(IDENTITY, PHONE_MASKED, BOOKING, ARRIVAL, DISPATCH)));
        // Until the hand-over at the front desk: afterwards the customer is no longer the driver's business.
        GRANTS.put(Role.DRIVER, new Grant((a, v) -> is(v.driver(), a)
                && (v.stage() == VisitStage.DRIVER_ASSIGNED || v.stage() == VisitStage.PICKED_UP),
                EnumSet.of(IDENTITY, PHONE, ARRIVAL, DISPATCH)));
        GRANTS.put(Role.FRONT_DESK, new Grant((a, v) -> true,
                EnumSet.of(IDENTITY, DEMOGRAPHICS, PHONE_MASKED, BOOKING, ARRIVAL, DISPATCH, TRIAGE, BILL, MONEY,
                        ADMISSION)));
        GRANTS.put(Role.PHOTO_ROOM, new Grant((a, v) -> v.arrivedAt() != null,
                EnumSet.of(IDENTITY, DEMOGRAPHICS, PHOTOS)));
        GRANTS.put(Role.LAB, new Grant((a, v) -> v.arrivedAt() != null, EnumSet.of(IDENTITY, DEMOGRAPHICS, EXAMS)));
        GRANTS.put(Role.CONSULTANT, new Grant((a, v) -> is(v.consultant(), a),
                EnumSet.of(IDENTITY, DEMOGRAPHICS, BOOKING, WANTED_ITEMS, TRIAGE, PHOTOS, EXAMS, CONSULTATION, ORDER,
                        BILL)));
        GRANTS.put(Role.SUPER_ADMIN, new Grant((a, v) -> true, EnumSet.allOf(VisitPart.class)));
        GRANTS.put(Role.AFTER_SALES, new Grant((a, v) -> true, EnumSet.allOf(VisitPart.class)));
    }

    private VisitAccess() {
    }

    /** The parts of the visit the actor may see; empty when the visit is none of their business. */
    public static Set<VisitPart> parts(Actor actor, Visit visit) {
        Set<VisitPart> parts = EnumSet.noneOf(VisitPart.class);
        for (Role r : actor.roles()) {
            Grant g = GRANTS.get(r);
            if (g != null && g.scope().test(actor, visit)) {
                parts.addAll(g.parts());
            }
        }
        if (parts.contains(PHONE)) {
            parts.remove(PHONE_MASKED);
        }
        return Collections.unmodifiableSet(parts);
    }

    /**
     * The customer's phone as one who sees these parts is shown it, on screen and on paper: in full, masked
     * (139****5678) or not at all (null); {@code null} parts: every part.
     */
    public static String phoneAsSeen(Visit visit, Set<VisitPart> parts) {
        String phone = visit.customer().phone();
        return parts == null || parts.contains(PHONE) ? phone
                : parts.contains(PHONE_MASKED) ? com.clinic.platform.Phones.mask(phone) : null;
    }

    public static boolean canSee(Actor actor, Visit visit) {
        return !parts(actor, visit).isEmpty();
    }

    /** The parts a role sees of the visits in its reach (for the table in docs/privacy.md and the matrix test). */
    public static Set<VisitPart> partsOf(Role role) {
        Grant g = GRANTS.get(role);
        return g == null ? Set.of() : Collections.unmodifiableSet(g.parts());
    }

    private static boolean is(StaffRef ref, Actor actor) {
        return ref != null && ref.id().equals(actor.id());
    }
}
