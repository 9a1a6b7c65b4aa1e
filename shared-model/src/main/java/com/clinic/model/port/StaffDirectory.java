package com.clinic.model.port;

import com.clinic.model.Role;
import com.clinic.model.staff.StaffMember;
import java.util.List;
import java.util.Optional;

/** The staff accounts (mirroring the user pool) that journeys point at: drivers, consultants, owners. */
public interface StaffDirectory {
    Optional<StaffMember> find(String id);

    /** Active members holding the role, by name. */
    List<StaffMember> withRole(Role role);

    void save(StaffMember member);
}
