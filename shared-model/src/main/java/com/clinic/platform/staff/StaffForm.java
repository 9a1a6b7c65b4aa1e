package com.clinic.platform.staff;

import com.clinic.platform.Check;
import com.clinic.platform.Flag;
import com.clinic.platform.Role;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A staff profile as the super admin enters it. The id is the user's Cognito {@code sub}, so the directory and
 * the tokens name the same person; the roles should match the user's groups.
 */
public record StaffForm(String name, String phone, List<String> roles, @Flag String active) {

    public StaffMember validate(String id) {
        Check check = new Check();
        String sid = check.required("id", id, 64);
        String n = check.required("name", name, 50);
        String p = phone == null || phone.isBlank() ? null : check.mobile("phone", phone);
        Set<Role> rs = EnumSet.noneOf(Role.class);
        if (roles == null || roles.isEmpty()) {
            check.fail("roles", "at least one role is required");
        } else {
            for (int i = 0; i < roles.size(); i++) {
                Role r = Role.fromGroup(roles.get(i));
                if (r == null) {
                    check.fail("roles[" + i + "]", "is not a role: " + roles.get(i));
                } else {
                    rs.add(r);
                }
            }
        }
        boolean isActive = check.bool("active", active, true);
        check.done();
        return new StaffMember(sid, n, p, rs, isActive);
    }
}
