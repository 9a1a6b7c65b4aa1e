package com.clinic.program.functions.readings;

import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.views.PageView;
import com.clinic.program.readings.Readings;
import io.micronaut.context.ApplicationContext;

/**
 * A metric's readings for one program, oldest first (?metric=WEIGHT_KG, BODY_FAT_PCT, STEPS, SLEEP_HOURS,
 * HEART_RATE_BPM): what the coaches' trend chart and the evaluations read; the program's staff and its customer.
 */
@Serves({"H-17"})
@AllowedRoles({Role.ADMIN, Role.SUPER_ADMIN, Role.CUSTOMER_SERVICE, Role.HEALTH_MANAGER, Role.HEAD_COACH, Role.ASSISTANT_COACH, Role.AUDITOR, Role.CUSTOMER})
public class ListReadingsFunction extends ApiFunction {
    private final Readings readings = bean(Readings.class);

    public ListReadingsFunction() {
    }

    public ListReadingsFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return ApiResponse.ok(PageView.of(readings.list(r.actor(), r.path("id"), r.query("metric"), r.page()),
                ReadingView::of));
    }
}
