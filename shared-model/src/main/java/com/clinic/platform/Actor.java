package com.clinic.platform;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/** The authenticated staff member performing an action, as the token describes them. */
public record Actor(String id, String name, Set<Role> roles) {

    /** The actor recorded for steps the system takes by itself (uploads landing, timers firing, reactions). */
    public static final Actor SYSTEM = new Actor("system", "系统", Set.of());

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

    /**
     * The same person acting in one of the given roles only: a function's allowed roles narrow what a
     * multi-role caller brings, so what they see and do through it is what that function's roles allow.
     */
    public Actor actingAs(Set<Role> allowed) {
        Set<Role> kept = EnumSet.noneOf(Role.class);
        roles.stream().filter(allowed::contains).forEach(kept::add);
        return new Actor(id, name, kept);
    }

    public StaffRef ref() {
        return new StaffRef(id, name);
    }
}
