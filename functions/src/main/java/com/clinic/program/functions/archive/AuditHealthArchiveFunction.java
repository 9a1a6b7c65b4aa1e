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
 * H-06 审核: the auditor passes the assessment, or fails it with the reason (e.g. 血压数据未填写) and it goes back to
 * the customer (If-Match: the archive's version).
 */
@Serves({"H-06"})
@AllowedRoles(Role.AUDITOR)
public class AuditHealthArchiveFunction extends ApiFunction {
    private final Archives archives = bean(Archives.class);

    public AuditHealthArchiveFunction() {
    }

    public AuditHealthArchiveFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        var audited = archives.audit(r.actor(), r.path("id"), r.ifMatch(), r.body(Archives.ReviewForm.class),
                r.idempotencyKey());
        return ApiResponse.ok(ArchiveView.of(audited.value())).taggedWith(audited);
    }
}
