package com.clinic.platform.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinic.platform.FieldError;
import com.clinic.platform.InvalidInput;
import com.clinic.platform.port.CalendarStore;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The mainland-China calendar of 2025 and 2026 and the deadline arithmetic at its edges. */
class WorkCalendarTest {
    final List<CalendarYear> stored = new ArrayList<>();
    final Calendars calendars = new Calendars(new CalendarStore() {
        public List<CalendarYear> years() {
            return stored;
        }

        public void save(CalendarYear year) {
            stored.removeIf(y -> y.year() == year.year());
            stored.add(year);
        }
    });
    final WorkCalendar cal = calendars.calendar();

    static Instant at(String shanghai) {
        return OffsetDateTime.parse(shanghai + "+08:00").toInstant();
    }

    static String shown(Instant t) {
        return OffsetDateTime.ofInstant(t, java.time.ZoneId.of("Asia/Shanghai")).toLocalDateTime().toString();
    }

    @Test
    void theNoticesDecideHolidaysAndMakeUpDays() {
        assertFalse(cal.isWorkingDay(LocalDate.of(2026, 10, 1)), "National Day");
        assertFalse(cal.isWorkingDay(LocalDate.of(2026, 10, 7)), "a weekday moved into the holiday");
        assertTrue(cal.isWorkingDay(LocalDate.of(2026, 10, 10)), "make-up Saturday");
        assertTrue(cal.isWorkingDay(LocalDate.of(2026, 9, 20)), "make-up Sunday");
        assertFalse(cal.isWorkingDay(LocalDate.of(2026, 2, 23)), "Spring Festival's last day, a Monday");
        assertTrue(cal.isWorkingDay(LocalDate.of(2025, 1, 26)), "2025's make-up Sunday");
        assertFalse(cal.isWorkingDay(LocalDate.of(2025, 10, 8)));
        assertFalse(cal.isWorkingDay(LocalDate.of(2026, 11, 21)), "an ordinary Saturday");
        assertTrue(cal.isWorkingDay(LocalDate.of(2026, 11, 23)), "an ordinary Monday");
        assertTrue(cal.knows(2026) && !cal.knows(2027));
    }

    @Test
    void workingDayDeadlinesEndAtClosingTimeOfTheNthWorkingDay() {
        assertEquals("2026-11-23T18:00", shown(cal.workingDaysAfter(at("2026-11-20T15:30:00"), 1)),
                "a Friday afternoon: Monday");
        assertEquals("2026-10-08T18:00", shown(cal.workingDaysAfter(at("2026-09-30T16:00:00"), 1)),
                "the eve of National Day: after the holiday");
        assertEquals("2026-10-10T18:00", shown(cal.workingDaysAfter(at("2026-10-09T10:00:00"), 1)),
                "Friday before a make-up Saturday: the Saturday counts");
        assertEquals("2026-10-12T18:00", shown(cal.workingDaysAfter(at("2026-10-10T10:00:00"), 1)),
                "due on the make-up Saturday: Monday");
        assertEquals("2026-02-25T18:00", shown(cal.workingDaysAfter(at("2026-02-13T11:00:00"), 3)),
                "3 working days over Spring Festival: the make-up Saturday 14th, then the 24th and 25th");
    }

    @Test
    void hourDeadlinesCountBusinessHoursOnly() {
        assertEquals("2026-11-23T10:00", shown(cal.businessHoursAfter(at("2026-11-20T17:00:00"), Duration.ofHours(2))),
                "Friday 17:00 + 2 h: one hour on Friday, one on Monday");
        assertEquals("2026-11-23T13:00", shown(cal.businessHoursAfter(at("2026-11-21T10:00:00"), Duration.ofHours(4))),
                "on a Saturday the clock starts on Monday morning");
        assertEquals("2026-10-08T09:30", shown(cal.businessHoursAfter(at("2026-09-30T17:30:00"), Duration.ofHours(1))),
                "across the National Day holiday");
        assertEquals("2026-10-10T10:00", shown(cal.businessHoursAfter(at("2026-10-09T17:00:00"), Duration.ofHours(2))),
                "a make-up Saturday is a working day");
        assertEquals("2026-11-23T11:00", shown(cal.businessHoursAfter(at("2026-11-23T07:00:00"), Duration.ofHours(2))),
                "before opening the clock starts at 09:00");
        assertEquals("2026-11-23T18:00", shown(cal.businessHoursAfter(at("2026-11-23T09:00:00"), Duration.ofHours(9))),
                "a full business day ends at closing");
        assertEquals("2026-11-24T10:00", shown(cal.businessHoursAfter(at("2026-11-23T09:00:00"), Duration.ofHours(10))),
                "the rest carries over to the next opening");
    }

    @Test
    void nextYearIsLoadedAsDataAndMistakesAreNamedByLine() {
        assertTrue(cal.isWorkingDay(LocalDate.of(2027, 1, 1)), "unknown 2027: counted by the week");
        calendars.load(2027, "year 2027\noff 2027-01-01\nwork 2027-01-02 # hypothetical\n", "test");
        WorkCalendar next = calendars.calendar();
        assertFalse(next.isWorkingDay(LocalDate.of(2027, 1, 1)));
        assertTrue(next.isWorkingDay(LocalDate.of(2027, 1, 2)));
        InvalidInput bad = assertThrows(InvalidInput.class, () -> calendars.load(2027,
                "year 2027\noff 2027-13-01\nwork 2027-01-04\nnap 2027-01-05\noff 2026-12-31", "test"));
        assertEquals(List.of("notice.lines[1]", "notice.lines[3]"), bad.errors().stream().map(FieldError::field).toList());
        InvalidInput semantic = assertThrows(InvalidInput.class, () -> calendars.load(2027,
                "year 2027\nwork 2027-01-04\noff 2026-12-31", "test"));
        assertEquals(List.of("notice.off", "notice.work"), semantic.errors().stream().map(FieldError::field).sorted().toList());
        assertThrows(InvalidInput.class, () -> calendars.load(2028, "year 2027", "test"));
    }
}
