package com.clinic.program.functions.archive;

import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.views.PageView;
import com.clinic.program.archive.Archives;
import io.micronaut.context.ApplicationContext;

/**
 * PIPL: who read a customer's health archive and when, newest first — the super admin's to inspect, and the
 * customer's own in her app.
 */
@Serves({"H-05"})
@AllowedRoles({Role.SUPER_ADMIN, Role.CUSTOMER})
public class ListArchiveReadsFunction extends ApiFunction {
    private final Archives archives = bean(Archives.class);

    public ListArchiveReadsFunction() {
    }

    public ListArchiveReadsFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return ApiResponse.ok(PageView.of(archives.reads(r.actor(), r.path("id"), r.page()), ArchiveView.ReadView::of));
    }
}
