package com.clinic.model.staff;

import com.clinic.model.Role;
import com.clinic.model.StaffRef;
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
