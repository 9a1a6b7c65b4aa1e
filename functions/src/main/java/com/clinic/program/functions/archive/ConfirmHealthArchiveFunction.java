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
 * H-07 确认: customer service confirms the archive complete (the health manager is told), or sends it back with
 * what to fix (If-Match: the archive's version).
 */
@Serves({"H-07"})
@AllowedRoles(Role.CUSTOMER_SERVICE)
public class ConfirmHealthArchiveFunction extends ApiFunction {
    private final Archives archives = bean(Archives.class);

    public ConfirmHealthArchiveFunction() {
    }

    public ConfirmHealthArchiveFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        var confirmed = archives.confirm(r.actor(), r.path("id"), r.ifMatch(), r.body(Archives.ReviewForm.class),
                r.idempotencyKey());
        return ApiResponse.ok(ArchiveView.of(confirmed.value())).taggedWith(confirmed);
    }
}
