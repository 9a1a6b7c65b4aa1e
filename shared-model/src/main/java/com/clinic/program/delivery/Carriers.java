package com.clinic.program.delivery;

import java.util.Set;
import com.clinic.program.CatalogueKind;
import com.clinic.platform.Role;
import com.clinic.program.CatalogueEvent;
import com.clinic.platform.StaffRef;
import com.clinic.platform.command.KeptList;
import com.clinic.platform.command.Decision;
import com.clinic.platform.command.Decision.Accepted;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * H-10 the partner carriers (合作物流) the admin keeps (one list, {@link #ID}); mail is sent only with one of them.
 * A carrier taken off the list stays on the shipments that named it.
 */
public record Carriers(String id, List<Carrier> carriers, StaffRef changedBy, Instant changedAt, long version)
        implements KeptList<Carriers.Carrier> {
    /** The kind of the one record: read by the admin, customer service and the super admin. */
    public static final CatalogueKind<Carriers> KIND = new CatalogueKind<>("carriers",
            Set.of(Role.ADMIN, Role.CUSTOMER_SERVICE, Role.SUPER_ADMIN));
    public static final String ID = "CARRIERS";
    public static final Carriers NONE = new Carriers(ID, List.of(), null, null, 0);

    /** A carrier: its code ({@code SF}) and name (顺丰速运). */
    public record Carrier(String code, String name) {
    }

    public Carriers {
        carriers = List.copyOf(carriers);
    }

    @Override
    public List<Carrier> entries() {
        return carriers;
    }

    public Optional<Carrier> find(String code) {
        return carriers.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public static Accepted<Carriers, CatalogueEvent> first(List<Carrier> list, StaffRef by, Instant at) {
        return new Accepted<>(new Carriers(ID, list, by, at, 1), changed(list, by, at));
    }

    public Decision<Carriers, CatalogueEvent> replace(List<Carrier> next, StaffRef by, Instant at) {
        if (next.equals(carriers)) {
            return Decision.refuse("nothing changed");
        }
        return new Accepted<>(new Carriers(ID, next, by, at, version + 1), changed(next, by, at));
    }

    private static CatalogueEvent changed(List<Carrier> list, StaffRef by, Instant at) {
        return new CatalogueEvent.CarriersChanged(ID, by, at, list.stream().map(Carrier::name).toList());
    }
}
