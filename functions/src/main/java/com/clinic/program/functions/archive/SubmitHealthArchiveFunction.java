package com.clinic.program.functions.archive;

import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.program.Archives;
import com.clinic.program.HealthArchive;
import io.micronaut.context.ApplicationContext;

/**
 * H-05: the customer fills in her health archive in the app (the assessment form and the questionnaire) once her
 * contract is signed; again after a failed review or a send-back (If-Match: the archive's version).
 */
@Serves({"H-05"})
@AllowedRoles(Role.CUSTOMER)
public class SubmitHealthArchiveFunction extends ApiFunction {
    private final Archives archives = bean(Archives.class);

    public SubmitHealthArchiveFunction() {
    }

    public SubmitHealthArchiveFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        var submitted = archives.submit(r.actor(), r.path("id"), r.ifMatch(), r.body(HealthArchive.ArchiveForm.class),
                r.idempotencyKey());
        return ApiResponse.ok(ArchiveView.of(submitted.value())).taggedWith(submitted);
    }
}
