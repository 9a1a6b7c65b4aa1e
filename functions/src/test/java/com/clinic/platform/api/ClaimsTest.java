package com.clinic.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.clinic.platform.Role;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The groups claim is a list of exact names: nothing inside a name can grant a role. */
class ClaimsTest {
    @Test
    void groupsAreMatchedWhole() {
        assertEquals(Set.of(Role.FRONT_DESK, Role.AFTER_SALES), Claims.roles("[FRONT_DESK AFTER_SALES]"));
        assertEquals(Set.of(Role.DRIVER), Claims.roles("DRIVER"));
        assertEquals(Set.of(), Claims.roles("[X,SUPER_ADMIN]"));
        assertEquals(Set.of(Role.DRIVER), Claims.roles("[X,SUPER_ADMIN DRIVER]"));
        assertEquals(Set.of(), Claims.roles("SUPER_ADMIN,FRONT_DESK"));
        assertEquals(Set.of(), Claims.roles("[\"SUPER_ADMIN\"]"));
        assertEquals(Set.of(), Claims.roles("[super_admin]"));
        assertEquals(Set.of(), Claims.roles("[SUPER_ADMIN]x"));
        assertEquals(Set.of(), Claims.roles(""));
        assertEquals(Set.of(), Claims.roles(null));
    }

    @Test
    void anOpenIdConnectProvidersGroupsClaimServesWhereCognitoDoesNot() {
        assertEquals("[DRIVER]", Claims.groups(java.util.Map.of("groups", "[DRIVER]")));
        assertEquals("[LAB]", Claims.groups(java.util.Map.of("cognito:groups", "[LAB]", "groups", "[DRIVER]")));
        assertEquals(null, Claims.groups(java.util.Map.of("sub", "x")));
    }
}
