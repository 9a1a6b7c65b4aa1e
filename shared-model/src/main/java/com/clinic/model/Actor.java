package com.clinic.model;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/** The authenticated staff member performing an action, as the token describes them. */
public record Actor(String id, String name, Set<Role> roles) {

    public Actor {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean hasAny(Role... wanted) {
        return Arrays.stream(wanted).anyMatch(roles::contains);
    }

    /** Refuses the action unless the actor holds one of the roles. */
    public void require(Role... allowed) {
        if (!hasAny(allowed)) {
            throw new Forbidden("requires one of the roles " + Arrays.toString(allowed));
        }
    }

    public StaffRef ref() {
        return new StaffRef(id, name);
    }
}
