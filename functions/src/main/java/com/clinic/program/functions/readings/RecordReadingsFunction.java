package com.clinic.program.functions.readings;

import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.program.readings.Readings;
import io.micronaut.context.ApplicationContext;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The customer's devices (body-fat scale, wristband) report readings through her program app, once the goods are
 * shipped: weight, body-fat %, steps, sleep, heart rate, each in its plausible range (an impossible one is a 400
 * naming it); a reading the device sends again is stored once.
 */
@Serves({"H-15", "H-17"})
@AllowedRoles(Role.CUSTOMER)
public class RecordReadingsFunction extends ApiFunction {
    private final Readings readings = bean(Readings.class);

    /** How many readings the sync holds (each stored once). */
    @Serdeable
    public record Synced(int readings) {
    }

    public RecordReadingsFunction() {
    }

    public RecordReadingsFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        var synced = readings.record(r.actor(), r.path("id"), r.body(Readings.ReadingsForm.class));
        return ApiResponse.ok(new Synced(synced.readings()));
    }
}
