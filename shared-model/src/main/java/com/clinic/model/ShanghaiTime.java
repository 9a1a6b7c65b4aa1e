package com.clinic.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The clinic's wall clock: times are stored in UTC and shown, grouped and scheduled in Asia/Shanghai. */
public final class ShanghaiTime {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ShanghaiTime() {
    }

    public static LocalDate dateOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    public static String show(Instant instant) {
        return instant == null ? null : instant.atZone(ZONE).toOffsetDateTime().toString();
    }
}
