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

    /** A day as it is written on paper in China: 2027年2月8日. */
    public static String written(LocalDate day) {
        return day == null ? null : WRITTEN.format(day);
    }

    /** An instant's Shanghai day, written on paper: 2027年2月8日. */
    public static String writtenDay(Instant instant) {
        return instant == null ? null : written(dateOf(instant));
    }

    /** An instant written on paper where the time matters (a signature): 2027年2月8日 09:04. */
    public static String writtenMinute(Instant instant) {
        return instant == null ? null : WRITTEN_MINUTE.format(instant.atZone(ZONE));
    }

    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter WRITTEN_MINUTE = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
}
