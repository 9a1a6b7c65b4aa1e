package com.clinic.platform.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinic.platform.aws.EmulatedAws;
import com.clinic.platform.calendar.CalendarYear;
import com.clinic.platform.calendar.Calendars;
import com.clinic.platform.calendar.WorkCalendar;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A year's notice loaded by the super admin is stored and read back into the calendar the deadlines use. */
class DynamoCalendarStoreTest {
    @Test
    void aLoadedYearJoinsTheShippedOnes() {
        DynamoCalendarStore store = new DynamoCalendarStore(EmulatedAws.dynamo(), EmulatedAws.ref("ClinicTable"));
        Calendars calendars = new Calendars(store);
        CalendarYear y = calendars.load(2027, "year 2027\noff 2027-01-01\nwork 2027-01-02\n", "测试通知");
        assertEquals(y, store.years().stream().filter(c -> c.year() == 2027).findFirst().orElseThrow());
        WorkCalendar cal = calendars.calendar();
        assertTrue(cal.knows(2025) && cal.knows(2026) && cal.knows(2027));
        assertFalse(cal.isWorkingDay(LocalDate.of(2027, 1, 1)));
        assertTrue(cal.isWorkingDay(LocalDate.of(2027, 1, 2)));
    }
}
