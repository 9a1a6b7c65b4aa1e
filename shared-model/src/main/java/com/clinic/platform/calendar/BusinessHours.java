package com.clinic.platform.calendar;

import java.time.LocalTime;

/** When the back office works on a working day (Asia/Shanghai): hour deadlines count only these hours. */
public record BusinessHours(LocalTime opens, LocalTime closes) {
    /** The clinic's office day. */
    public static final BusinessHours OFFICE = new BusinessHours(LocalTime.of(9, 0), LocalTime.of(18, 0));

    public BusinessHours {
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("business hours must open before they close");
        }
    }
}
