package com.clinic.program.functions.archive;


import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.program.archive.Archives;
import io.micronaut.context.ApplicationContext;

/**
 * H-05…H-07: the health archive, for the roles whose step uses it and the customer herself; every read is logged
 * (who, in which roles, when).
 */
@Serves({"H-05", "H-06", "H-07"})
@AllowedRoles({Role.AUDITOR, Role.CUSTOMER_SERVICE, Role.HEALTH_MANAGER, Role.CUSTOMER})
public class GetHealthArchiveFunction extends ApiFunction {
    private final Archives archives = bean(Archives.class);

    public GetHealthArchiveFunction() {
    }

    public GetHealthArchiveFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        var a = archives.read(r.actor(), r.path("id"));
        return ApiResponse.ok(ArchiveView.of(a)).withETag(a.version());
    }
}
