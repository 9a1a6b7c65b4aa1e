package com.clinic.platform.calendar;

import com.clinic.platform.Check;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One year of the mainland-China holiday calendar as the State Council's notice sets it: the days off (public
 * holidays and the weekdays moved into them) and the weekend days worked instead (调休上班). Every other weekday
 * is a working day and every other weekend day a rest day.
 */
public record CalendarYear(int year, Set<LocalDate> daysOff, Set<LocalDate> makeUpWorkdays, String source) {

    public CalendarYear {
        daysOff = Set.copyOf(new TreeSet<>(daysOff));
        makeUpWorkdays = Set.copyOf(new TreeSet<>(makeUpWorkdays));
    }

    /**
     * Reads the notice in its plain form, one entry a line: {@code year 2026}, {@code off 2026-02-15..2026-02-23},
     * {@code work 2026-02-14}; {@code #} starts a comment. Every mistake is named by its line ({@code lines[3]}).
     */
    public static CalendarYear parse(String text, String source) {
        Check check = new Check();
        Integer year = null;
        Set<LocalDate> off = new TreeSet<>();
        Set<LocalDate> work = new TreeSet<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String field = "lines[" + i + "]";
            String line = lines.get(i).replaceFirst("#.*", "").strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("\\s+");
            if (parts.length != 2) {
                check.fail(field, "must be 'year YYYY', 'off DATE[..DATE]' or 'work DATE'");
                continue;
            }
            switch (parts[0]) {
                case "year" -> year = check.integer(field, parts[1], Check.FIRST_YEAR, Check.LAST_YEAR);
                case "off" -> days(check, field, parts[1], off);
                case "work" -> days(check, field, parts[1], work);
                default -> check.fail(field, "must start with year, off or work");
            }
        }
        if (year == null) {
            check.fail("year", "the notice's year is required ('year YYYY')");
        }
        check.done();
        int y = year;
        for (LocalDate d : off) {
            if (d.getYear() != y || work.contains(d)) {
                check.fail("off", d + (d.getYear() != y ? " is not in " + y : " is also a working day"));
            }
        }
        for (LocalDate d : work) {
            if (d.getYear() != y || !WorkCalendar.isWeekend(d)) {
                check.fail("work", d + (d.getYear() != y ? " is not in " + y : " is a weekday already"));
            }
        }
        check.done();
        return new CalendarYear(y, off, work, source);
    }

    private static void days(Check check, String field, String text, Set<LocalDate> into) {
        String[] range = text.split("\\.\\.", 2);
        LocalDate from = check.date(field, range[0]);
        LocalDate to = range.length == 2 ? check.date(field, range[1]) : from;
        if (from == null || to == null) {
            return;
        }
        if (to.isBefore(from) || to.isAfter(from.plusDays(31))) {
            check.fail(field, "a range runs forwards over at most a month");
            return;
        }
        from.datesUntil(to.plusDays(1)).forEach(into::add);
    }
}
