package com.clinic.platform.calendar;

import com.clinic.platform.ShanghaiTime;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.TreeMap;

/**
 * The mainland-China working-day calendar and the deadline arithmetic on it. A day is a working day when the
 * year's notice makes it one (调休上班), a rest day when the notice gives it off, and otherwise by the week:
 * Monday to Friday. A year whose notice is not loaded counts by the week alone ({@link #knows} says which).
 *
 * <p>Two kinds of deadline, as service desks count SLAs:
 * <ul>
 * <li>{@link #workingDaysAfter}: "within N working days" ends at closing time of the N-th working day after the
 * day the step became due (due on a Friday afternoon, one working day ends Monday 18:00; due on the eve of a
 * holiday, it ends on the first working day after the holiday);</li>
 * <li>{@link #businessHoursAfter}: "within N hours" counts only business hours of working days: the clock stops
 * at closing time, over nights, weekends and holidays, and starts again at the next opening (2 h from Friday
 * 17:00 ends Monday 10:00).</li>
 * </ul>
 */
public final class WorkCalendar {
    private final Map<Integer, CalendarYear> years;
    private final BusinessHours hours;

    public WorkCalendar(Iterable<CalendarYear> years, BusinessHours hours) {
        this.years = new TreeMap<>();
        years.forEach(y -> this.years.put(y.year(), y));
        this.hours = hours;
    }

    /** Whether the year's notice is loaded (otherwise the year counts by the week alone). */
    public boolean knows(int year) {
        return years.containsKey(year);
    }

    public boolean isWorkingDay(LocalDate day) {
        CalendarYear y = years.get(day.getYear());
        if (y != null && y.makeUpWorkdays().contains(day)) {
            return true;
        }
        if (y != null && y.daysOff().contains(day)) {
            return false;
        }
        return !isWeekend(day);
    }

    /**
     * Whether a public holiday begins on the day: the first of a run of the notice's days off (a 国庆 week, a single
     * 元旦); a plain weekend is none. Unknown years have no holidays.
     */
    public boolean holidayBegins(LocalDate day) {
        return isHoliday(day) && !isHoliday(day.minusDays(1));
    }

    private boolean isHoliday(LocalDate day) {
        CalendarYear y = years.get(day.getYear());
        return y != null && y.daysOff().contains(day);
    }

    static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** The n-th working day after {@code day} (n ≥ 1). */
    public LocalDate workingDayAfter(LocalDate day, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1");
        }
        LocalDate d = day;
        for (int left = n; left > 0; ) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    /** Closing time of the n-th working day after the (Shanghai) day of {@code start}. */
    public Instant workingDaysAfter(Instant start, int n) {
        LocalDate day = workingDayAfter(ShanghaiTime.dateOf(start), n);
        return day.atTime(hours.closes()).atZone(ShanghaiTime.ZONE).toInstant();
    }

    /** {@code start} plus the given time counted in business hours of working days only. */
    public Instant businessHoursAfter(Instant start, Duration span) {
        if (span.isNegative()) {
            throw new IllegalArgumentException("a deadline lies ahead");
        }
        LocalDateTime t = opening(ZonedDateTime.ofInstant(start, ShanghaiTime.ZONE).toLocalDateTime());
        Duration left = span;
        while (true) {
            LocalDateTime close = t.toLocalDate().atTime(hours.closes());
            Duration today = Duration.between(t, close);
            if (left.compareTo(today) <= 0) {
                return t.plus(left).atZone(ShanghaiTime.ZONE).toInstant();
            }
            left = left.minus(today);
            t = opening(close.toLocalDate().plusDays(1).atTime(hours.opens()));
        }
    }

    /** The moment business time runs from: {@code t} itself within business hours, else the next opening. */
    private LocalDateTime opening(LocalDateTime t) {
        LocalDate d = t.toLocalDate();
        if (isWorkingDay(d) && !t.toLocalTime().isBefore(hours.opens()) && t.toLocalTime().isBefore(hours.closes())) {
            return t;
        }
        if (!isWorkingDay(d) || !t.toLocalTime().isBefore(hours.opens())) {
            d = workingDayAfter(d, 1);
        }
        return d.atTime(hours.opens());
    }
}
