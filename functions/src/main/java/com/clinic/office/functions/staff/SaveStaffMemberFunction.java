package com.clinic.office.functions.staff;

import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.staff.StaffDirectory;
import com.clinic.platform.staff.StaffForm;
import com.clinic.platform.staff.StaffMember;
import com.clinic.platform.views.StaffView;
import io.micronaut.context.ApplicationContext;
import io.micronaut.serde.annotation.SerdeImport;

/**
 * Registers or updates a staff member's profile (name, phone, roles, active) under their Cognito {@code sub}:
 * the directory journeys pick drivers and owners from. Saving the same profile twice changes nothing.
 */
@Serves({"roles"})
@AllowedRoles(Role.SUPER_ADMIN)
@SerdeImport(StaffForm.class)
public class SaveStaffMemberFunction extends ApiFunction {
    private final StaffDirectory staff = bean(StaffDirectory.class);

    public SaveStaffMemberFunction() {
    }

    public SaveStaffMemberFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        StaffMember member = r.body(StaffForm.class).validate(r.path("id"));
        staff.save(member);
        return ApiResponse.ok(StaffView.of(member));
    }
}
