package com.clinic.aftersales.functions.records;

import com.clinic.aftersales.records.Companions;
import com.clinic.aftersales.records.Companions.CompanionForm;
import com.clinic.journey.VisitRecords.CompanionEntry;
import com.clinic.platform.Role;
import com.clinic.platform.ShanghaiTime;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import io.micronaut.context.ApplicationContext;
import java.time.YearMonth;

/**
 * C-30 增加多人记录: a person who came with the customer (name, relation, mobile if given), added to the visit
 * without changing it; a retry with the same Idempotency-Key adds nobody twice.
 */
@Serves({"C-30"})
@AllowedRoles({Role.FRONT_DESK, Role.AFTER_SALES})
public class AddCompanionFunction extends ApiFunction {
    private final Companions companions = bean(Companions.class);

    public AddCompanionFunction() {
    }

    public AddCompanionFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        CompanionEntry added = companions.add(r.actor(), r.path("code"), r.body(CompanionForm.class),
                r.idempotencyKey());
        return ApiResponse.created(RecordViews.CompanionView.of(added),
                "/after-sales/companions?month=" + YearMonth.from(ShanghaiTime.dateOf(added.at())));
    }
}
