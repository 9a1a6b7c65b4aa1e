package com.clinic.platform.staff;

import com.clinic.platform.Role;
import java.util.List;
import java.util.Optional;

/** The staff accounts (mirroring the user pool) that journeys point at: drivers, consultants, owners. */
public interface StaffDirectory {
    Optional<StaffMember> find(String id);

    /** Active members holding the role, by name. */
    List<StaffMember> withRole(Role role);

    void save(StaffMember member);
}
