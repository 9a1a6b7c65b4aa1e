package com.clinic.office.functions.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.clinic.platform.Role;
import com.clinic.platform.functions.HttpEvents;
import com.clinic.platform.functions.TestCloud;
import com.clinic.platform.staff.StaffDirectory;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** PUT /staff/{id}: a changed set of roles moves the member between the role lists (and writes its profile). */
class SaveStaffMemberFunctionTest {
    static final TestCloud CLOUD = TestCloud.get();

    @Test
    void aRoleTakenAwayLeavesThatRolesList() {
        SaveStaffMemberFunction save = new SaveStaffMemberFunction(CLOUD.context);
        StaffDirectory staff = CLOUD.context.getBean(StaffDirectory.class);
        String id = "staff-" + UUID.randomUUID();
        assertEquals(200, put(save, id, "[\"DRIVER\",\"DISPATCHER\"]").getStatusCode());
        assertEquals(List.of(true, true), List.of(inRole(staff, Role.DRIVER, id), inRole(staff, Role.DISPATCHER, id)));

        assertEquals(200, put(save, id, "[\"DISPATCHER\"]").getStatusCode());
        assertEquals(List.of(false, true), List.of(inRole(staff, Role.DRIVER, id), inRole(staff, Role.DISPATCHER, id)));
    }

    private static APIGatewayV2HTTPResponse put(SaveStaffMemberFunction save, String id, String roles) {
        return save.handleRequest(HttpEvents.event("PUT", "/staff/" + id, Map.of("id", id),
                "{\"name\":\"吴师傅\",\"phone\":\"13900000029\",\"roles\":" + roles + ",\"active\":true}", "admin",
                Role.SUPER_ADMIN), null);
    }

    private static boolean inRole(StaffDirectory staff, Role role, String id) {
        return staff.withRole(role).stream().anyMatch(m -> m.id().equals(id));
    }
}
