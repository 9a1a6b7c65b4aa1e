package com.clinic.aftersales.functions.timeline;

import com.clinic.aftersales.timeline.CustomerTimeline;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.views.AuditView;
import com.clinic.platform.views.PageView;
import io.micronaut.context.ApplicationContext;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One timeline per customer: every change of every record that concerns her across departments, newest first,
 * paged; {@code {id}} is her customer id or her mobile number. After-sales calling her and the super admin see all
 * of it, a consultant or a program's team the lines of the records they may already see. The read itself is
 * logged in the timeline.
 */
@Serves({"C-16", "C-24"})
@AllowedRoles({Role.AFTER_SALES, Role.SUPER_ADMIN, Role.CONSULTANT, Role.HEAD_COACH, Role.ASSISTANT_COACH,
        Role.CUSTOMER_SERVICE})
public class GetCustomerTimelineFunction extends ApiFunction {
    private final CustomerTimeline timeline = bean(CustomerTimeline.class);

    public GetCustomerTimelineFunction() {
    }

    public GetCustomerTimelineFunction(ApplicationContext context) {
        super(context);
    }

    /** One line: which record (kind and id) and the change, as its audit trail has it. */
    @Serdeable
    public record EntryView(String kind, String subject, AuditView change) {
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return ApiResponse.ok(PageView.of(timeline.read(r.actor(), r.path("id"), r.page()),
                e -> new EntryView(e.kind(), e.subject(), AuditView.of(e.change()))));
    }
}
