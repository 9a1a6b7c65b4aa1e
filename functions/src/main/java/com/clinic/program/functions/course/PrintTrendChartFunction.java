package com.clinic.program.functions.course;

import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.views.PrintJobView;
import com.clinic.program.course.AfterPlanDesk;
import io.micronaut.context.ApplicationContext;

/**
 * H-17 《数据趋势图》: queues the customer's trend chart for the video call — a chart per metric (weight, body fat,
 * steps, sleep, heart rate) over the plan's 49 days with Chinese labels, as a PDF; poll the print job. The program's
 * service roles and the customer may fetch it.
 */
@Serves({"H-17"})
@AllowedRoles({Role.HEAD_COACH, Role.ASSISTANT_COACH, Role.CUSTOMER_SERVICE, Role.HEALTH_MANAGER})
public class PrintTrendChartFunction extends ApiFunction {
    private final AfterPlanDesk course = bean(AfterPlanDesk.class);

    public PrintTrendChartFunction() {
    }

    public PrintTrendChartFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        r.noBody();
        return ApiResponse.accepted(PrintJobView.of(course.trendChart(r.actor(), r.path("id"), r.idempotencyKey())));
    }
}
