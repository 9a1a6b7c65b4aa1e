package com.clinic.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The clinic's wall clock: times are stored in UTC and shown, grouped and scheduled in Asia/Shanghai. */
public final class ShanghaiTime {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** Whole seconds with the offset, e.g. 2026-11-23T14:30:00+08:00. */
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private ShanghaiTime() {
    }

    public static LocalDate dateOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    /** The first instant of a Shanghai day. */
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }

    /** A Shanghai wall-clock time on a day, as an instant. */
    public static Instant at(LocalDate day, java.time.LocalTime time) {
        return day.atTime(time).atZone(ZONE).toInstant();
    }

    public static String show(Instant instant) {
        return instant == null ? null : SHOWN.format(instant.atZone(ZONE));
    }
}
