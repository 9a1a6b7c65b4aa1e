package com.clinic.program.functions.readings;

import com.clinic.platform.ShanghaiTime;
import com.clinic.program.readings.Readings.Reading;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;

/** A device reading: the metric, its value and unit, the device, when it was measured (Asia/Shanghai). */
@Serdeable
public record ReadingView(String metric, BigDecimal value, String unit, String source, String deviceId,
                          String measuredAt) {
    static ReadingView of(Reading r) {
        return new ReadingView(r.metric().name(), r.value(), r.metric().unit(), r.source().name(), r.deviceId(),
                ShanghaiTime.show(r.measuredAt()));
    }
}
