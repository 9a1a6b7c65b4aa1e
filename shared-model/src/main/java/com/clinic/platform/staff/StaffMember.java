package com.clinic.platform.staff;

import com.clinic.platform.Role;
import com.clinic.platform.StaffRef;
import java.util.Set;

/** A staff account as the directory knows it; roles mirror the Cognito groups. */
public record StaffMember(String id, String name, String phone, Set<Role> roles, boolean active) {
    public StaffMember {
        roles = Set.copyOf(roles);
    }

    public boolean canAct(Role role) {
        return active && roles.contains(role);
    }

    public StaffRef ref() {
        return new StaffRef(id, name);
    }
}
