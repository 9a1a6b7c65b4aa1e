package com.clinic.functions.aftersales;

import com.clinic.model.aftersales.AfterSalesService;
import io.micronaut.context.ApplicationContext;
import com.clinic.functions.api.ClinicFunction;
import com.clinic.functions.api.Serves;
import java.util.Map;

/**
 * T-01/T-02/T-03: fired by the one-time schedule of a follow-up day with {@code {"visitCode":…,"day":2}}; puts
 * the call in the after-sales queue once, and only while the visit is still admitted.
 */
@Serves({"T-01", "T-02", "T-03"})
public class RaiseFollowUpTaskFunction extends ClinicFunction<Map<String, Object>, Boolean> {
    private final AfterSalesService afterSales = bean(AfterSalesService.class);

    public RaiseFollowUpTaskFunction() {
    }

    public RaiseFollowUpTaskFunction(ApplicationContext context) {
        super(context);
    }

    /** Before a snapshot: a timer for a visit that does not exist is refused before anything is written. */
    @Override
    protected void prime() {
        try {
            execute(Map.of("visitCode", "PRIMING", "day", 2));
        } catch (RuntimeException expected) {
            // no such visit: the path up to the read is loaded
        }
    }

    @Override
    public Boolean execute(Map<String, Object> timer) {
        Object day = timer.get("day");
        if (!(timer.get("visitCode") instanceof String code) || !(day instanceof Number n)) {
            throw new IllegalArgumentException("a follow-up timer needs visitCode and day: " + timer);
        }
        return afterSales.raiseFollowUp(code, n.intValue());
    }
}
