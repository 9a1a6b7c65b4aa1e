package com.clinic.platform.views;

import com.clinic.platform.Role;
import com.clinic.platform.StaffRef;
import com.clinic.platform.staff.StaffMember;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

@Serdeable
public record StaffView(String id, String name, String phone, List<Role> roles, boolean active) {
    public static StaffView of(StaffMember m) {
        return new StaffView(m.id(), m.name(), m.phone(), m.roles().stream().sorted().toList(), m.active());
    }

    /** A staff member as named on a record. */
    @Serdeable
    public record Ref(String id, String name) {
        public static Ref of(StaffRef r) {
            return r == null ? null : new Ref(r.id(), r.name());
        }
    }
}
