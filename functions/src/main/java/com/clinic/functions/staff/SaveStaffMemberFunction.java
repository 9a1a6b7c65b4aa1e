package com.clinic.functions.staff;

import com.clinic.functions.api.AllowedRoles;
import com.clinic.functions.api.ApiFunction;
import com.clinic.functions.api.ApiRequest;
import com.clinic.functions.api.ApiResponse;
import com.clinic.functions.api.Serves;
import com.clinic.functions.views.StaffView;
import com.clinic.model.Role;
import com.clinic.model.port.StaffDirectory;
import com.clinic.model.staff.StaffForm;
import com.clinic.model.staff.StaffMember;
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
