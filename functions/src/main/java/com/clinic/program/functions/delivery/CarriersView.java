package com.clinic.program.functions.delivery;

import com.clinic.platform.ShanghaiTime;
import com.clinic.platform.views.StaffView;
import com.clinic.program.delivery.Carriers;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** H-10 the partner carriers; {@code version} is the list's (its ETag). */
@Serdeable
public record CarriersView(List<CarrierView> carriers, StaffView.Ref changedBy, String changedAt, long version) {
    @Serdeable
    public record CarrierView(String code, String name) {
    }

    public static CarriersView of(Carriers l) {
        return new CarriersView(l.carriers().stream().map(c -> new CarrierView(c.code(), c.name())).toList(),
                l.changedBy() == null ? null : StaffView.Ref.of(l.changedBy()), ShanghaiTime.show(l.changedAt()),
                l.version());
    }
}
